package eu.cyberstat.figure;

/**
 * Whether a figure may be published, in the codes of the SDMX attribute {@code CONF_STATUS}
 * (code list CL_CONF_STATUS, as Eurostat uses it).
 */
public enum ConfidentialityStatus {
    /** Free: published. */
    FREE("F"),
    /** Primary confidentiality: the figure was sent as confidential ({@code c}), or equals one that was. */
    PRIMARY("C"),
    /**
     * Secondary confidentiality set and managed by the receiver (cyberstat): withheld because
     * publishing it would let a primary confidential figure be worked out from published ones.
     */
    SECONDARY("S");

    private final String code;

    ConfidentialityStatus(String code) {
        this.code = code;
    }

    /** The CONF_STATUS code ({@code F}, {@code C}, {@code S}). */
    public String code() {
        return code;
    }

    public boolean isPublished() {
        return this == FREE;
    }

    /** The status of a code as written in {@code metrics-YYYY.csv}; empty means free. */
    public static ConfidentialityStatus ofCode(String code) {
        for (ConfidentialityStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        if (code == null || code.isEmpty()) {
            return FREE;
        }
        throw new IllegalArgumentException("Unknown confidentiality status '" + code + "': expected F, C or S");
    }
}
