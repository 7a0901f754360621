package eu.cyberstat.ingest.alerts;

import java.io.Serializable;

/**
 * A byte range of an export file read by one task: the records whose first byte lies in
 * {@code [start, end)} ({@code end} = Long.MAX_VALUE for the rest of the file).
 *
 * @param index     position of the split among all splits of an ingest, in file order
 * @param fileIndex which {@link ExportFile}
 */
public record ExportSplit(int index, int fileIndex, long start, long end) implements Serializable {

    public boolean isFirstOfFile() {
        return start == 0;
    }
}
