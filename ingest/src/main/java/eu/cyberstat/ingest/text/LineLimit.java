package eu.cyberstat.ingest.text;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that stops at a line longer than a limit, for files read as a stream: a CSV parser
 * holds a whole record, so one endless line (a small gzip file can unpack to gigabytes without a
 * line break) would fill the memory before anything could be said about it.
 */
public final class LineLimit extends FilterReader {

    /** A line longer than the limit: its number (1-based) and the limit. */
    public static final class TooLong extends RuntimeException {
        private final long line;
        private final int limit;

        TooLong(long line, int limit) {
            super("line " + line + " is longer than " + limit + " characters", null, false, false);
            this.line = line;
            this.limit = limit;
        }

        public long line() {
            return line;
        }

        public int limit() {
            return limit;
        }
    }

    private final int maxChars;
    private long line = 1;
    private int length;

    public LineLimit(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would count characters twice
    }

    private void count(char c) {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > maxChars) {
            throw new TooLong(line, maxChars);
        }
    }
}
