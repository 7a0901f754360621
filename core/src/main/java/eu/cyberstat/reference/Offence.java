package eu.cyberstat.reference;

import java.util.Optional;

/**
 * One node of the offence classification: the total (level 0), a group (level 1) or an
 * offence (level 2), with its ICCS code and Budapest Convention article where one exists.
 */
public record Offence(String code, String parent, int level, String iccs, boolean isIccsCyberByDefinition,
                      String budapestArticle, Labels label) {

    public static final int TOTAL = 0;
    public static final int GROUP = 1;
    public static final int LEAF = 2;

    public boolean isTotal() {
        return level == TOTAL;
    }

    public boolean isGroup() {
        return level == GROUP;
    }

    public boolean isLeaf() {
        return level == LEAF;
    }

    public Optional<String> parentCode() {
        return parent == null || parent.isEmpty() ? Optional.empty() : Optional.of(parent);
    }

    /** The ICCS code in Eurostat's notation ({@code ICCS0903}), or empty. */
    public Optional<String> eurostatIccs() {
        return iccs == null || iccs.isEmpty() ? Optional.empty() : Optional.of("ICCS" + iccs);
    }
}
