package eu.cyberstat.ingest.format;

/**
 * A year cell of a Eurostat TSV file: the value and the flags written after it ({@code "123 bp"},
 * {@code "13103 "}, {@code ": c"}). Eurostat's {@code ":"} (not available) is an empty value.
 */
public record TsvCell(String value, String flags) {

    public static TsvCell parse(String text) {
        String value = text;
        String flags = "";
        int space = text.indexOf(' ');
        if (space >= 0) {
            value = text.substring(0, space).strip();
            flags = text.substring(space + 1).strip();
        }
        return new TsvCell(value.equals(":") ? "" : value, flags);
    }

    /** Neither a value nor a flag: nothing was published for this cell. */
    public boolean isEmpty() {
        return value.isEmpty() && flags.isEmpty();
    }
}
