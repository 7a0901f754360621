package eu.cyberstat.figure;

/**
 * One figure of national statistics, after parsing and normalisation: country × reference year
 * × offence × indicator, with its value (null when not available), flags in canonical form
 * (see {@link eu.cyberstat.reference.Flags}) and an optional note. This is the row the
 * warehouse stores, whatever format the figure arrived in.
 */
public record Observation(String geo, int year, String offence, String indicator, Long value, String flags,
                          String note) {

    public Observation {
        flags = flags == null ? "" : flags;
        note = note == null ? "" : note;
    }

    /** The identity of a figure: two observations with the same key in one file are duplicates. */
    public Key key() {
        return new Key(geo, year, offence, indicator);
    }

    public record Key(String geo, int year, String offence, String indicator) {
    }
}
