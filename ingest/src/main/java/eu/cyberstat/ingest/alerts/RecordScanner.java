package eu.cyberstat.ingest.alerts;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into records: one line each, or, for CSV with multi-line records, up to
 * the first line break outside quotes. Works on bytes, which is correct for every encoding whose
 * line breaks, quotes and separators are single ASCII bytes (UTF-8, Windows-1252, ISO-8859-*);
 * other encodings are transcoded to UTF-8 before they get here. Reads the records that start
 * inside {@code [start, end)} of the stream (the split convention of Hadoop's line reader: a
 * record belongs to the split holding its first byte), counting the lines it passes.
 */
public final class RecordScanner implements Closeable {

    private static final int INITIAL_BUFFER = 1 << 20;
    /**
     * The longest record kept (1 MiB): a longer one is skipped to its end without being held, and
     * reported ({@link #isOverlong()}), so that memory stays bounded whatever the export holds
     * (one line of gigabytes unpacked from a small gzip file).
     */
    public static final int MAX_RECORD_BYTES = 1 << 20;
    private static final int OVERLONG = -2;

    private final InputStream in;
    private final boolean quoteAware;
    /** Number of stream bytes after which no record may start; Long.MAX_VALUE for the whole stream. */
    private final long endOffset;

    private byte[] buf;
    private int pos;
    private int limit;
    /** Stream offset of buf[0]. */
    private long bufBase;
    private boolean eof;

    private int recordStart;
    private int recordEnd;
    private boolean overlong;
    /** Line breaks passed before the current record, from where this scanner started. */
    private long linesBefore;
    private long linesAfter;

    /**
     * @param in          the stream, positioned at stream offset {@code start}
     * @param start       the stream offset {@code in} is positioned at
     * @param splitStart  true when {@code start} is inside the file: the partial record up to the first
     *                    line break belongs to the split before and is skipped (pass the stream
     *                    positioned one byte before the split's start)
     * @param end         stream offset after which no record starts, or Long.MAX_VALUE
     */
    public RecordScanner(InputStream in, long start, boolean splitStart, long end, boolean quoteAware) throws IOException {
        this.in = in;
        this.quoteAware = quoteAware;
        this.endOffset = end;
        this.bufBase = start;
        // Small splits get small buffers; the buffer grows when a record does not fit.
        this.buf = new byte[(int) Math.max(4096, Math.min(INITIAL_BUFFER, end - start + 4096))];
        if (splitStart) {
            skipPartialRecord();
        }
    }

    /** Skips up to and including the first line break (the previous split's last record). */
    private void skipPartialRecord() throws IOException {
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    pos = i + 1;
                    linesAfter = 0; // the skipped line break belongs to the previous split's count
                    return;
                }
            }
            pos = limit;
            if (!fill()) {
                return;
            }
        }
    }

    /** Moves to the next record; false at the end of the split. Blank lines are skipped. */
    public boolean next() throws IOException {
        while (true) {
            linesBefore = linesAfter;
            if (bufBase + pos >= endOffset) {
                return false;
            }
            if (pos >= limit && !fill()) {
                return false;
            }
            int end = findRecordEnd();
            if (end == OVERLONG) {
                // The record was dropped while it was scanned: pos is past its line break.
                overlong = true;
                recordStart = recordEnd = pos;
                linesAfter++;
                return true;
            }
            if (end < 0) {
                return false;
            }
            overlong = end - pos > MAX_RECORD_BYTES;
            recordStart = pos;
            recordEnd = end;
            pos = end < limit ? end + 1 : end;
            linesAfter++;
            int e = recordEnd;
            if (e > recordStart && buf[e - 1] == '\r') {
                recordEnd = --e;
            }
            if (overlong || !isBlank(recordStart, recordEnd)) {
                return true;
            }
        }
    }

    /** Index of the line break ending the record at pos (or limit at end of stream), -1 if nothing is left. */
    private int findRecordEnd() throws IOException {
        int i = pos;
        boolean quoted = false;
        while (true) {
            for (; i < limit; i++) {
                byte b = buf[i];
                if (b == '\n') {
                    if (!quoted) {
                        return i;
                    }
                    linesAfter++;
                } else if (quoteAware && b == '"') {
                    quoted = !quoted;
                }
            }
            if (i - pos > MAX_RECORD_BYTES) {
                return skipOverlong(quoted);
            }
            int scanned = i - pos;
            if (!fill()) {
                return pos < limit ? limit : -1;
            }
            i = pos + scanned;
        }
    }

    /**
     * Drops the rest of a record too long to keep, up to and including the line break that ends
     * it (or the end of the stream), counting the lines it spans; returns {@link #OVERLONG}.
     */
    private int skipOverlong(boolean quotedSoFar) throws IOException {
        boolean quoted = quotedSoFar;
        while (true) {
            pos = limit; // everything up to here was scanned: let fill() reuse the buffer
            if (!fill()) {
                return OVERLONG;
            }
            for (int i = pos; i < limit; i++) {
                byte b = buf[i];
                if (b == '\n') {
                    if (!quoted) {
                        pos = i + 1;
                        return OVERLONG;
                    }
                    linesAfter++;
                } else if (quoteAware && b == '"') {
                    quoted = !quoted;
                }
            }
        }
    }

    /** Keeps [pos, limit) and reads more; false when the stream has ended and nothing was added. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufBase += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.readNBytes(buf, limit, buf.length - limit);
        if (n <= 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether the current record is longer than {@link #MAX_RECORD_BYTES}: then it has no bytes. */
    public boolean isOverlong() {
        return overlong;
    }

    /** The buffer holding the current record, valid until the next call of {@link #next()}. */
    public byte[] buffer() {
        return buf;
    }

    public int recordStart() {
        return recordStart;
    }

    public int recordEnd() {
        return recordEnd;
    }

    /** Line breaks between where this scanner started and the current record's first byte. */
    public long linesBefore() {
        return linesBefore;
    }

    /** Line breaks passed so far (after the current record). */
    public long linesPassed() {
        return linesAfter;
    }


    @Override
    public void close() throws IOException {
        in.close();
    }
}
