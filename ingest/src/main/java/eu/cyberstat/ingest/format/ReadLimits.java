package eu.cyberstat.ingest.format;

/**
 * How much of an upload the readers take in before refusing it: the limits a reader applies,
 * whoever configured them (the validation settings implement this).
 */
public interface ReadLimits {

    /** The largest file, or gzip content, read; a larger one is refused. */
    long maxFileBytes();

    /** At most this many non-empty rows are read from a spreadsheet. */
    int maxSheetRows();

    /** At most this many columns are read from a spreadsheet. */
    int maxSheetColumns();
}
