package eu.cyberstat.ingest.text;

import eu.cyberstat.failure.BadInputException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens text files as national exports come: any of the encodings {@link TextEncoding} detects,
 * optionally gzip-compressed (detected by its magic number, not its name), byte-order mark removed.
 */
public final class TextFiles {

    private static final int SNIFF_BYTES = 64 * 1024;

    private TextFiles() {
    }

    /** An open text file and what was detected about it. */
    public record OpenedText(Reader reader, TextEncoding encoding, boolean gzip) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /**
     * Reading went past the byte limit given to {@link #open(Path, Charset, long)}: the content
     * (unpacked, for a gzip file) is larger than that. Thrown by {@code open} or by the reader.
     */
    public static final class ContentTooLarge extends RuntimeException {
        private final long limit;
        private final boolean gzip;

        ContentTooLarge(long limit, boolean gzip) {
            super((gzip ? "unpacks to" : "holds") + " more than " + limit + " bytes");
            this.limit = limit;
            this.gzip = gzip;
        }

        public long limit() {
            return limit;
        }

        /** Whether the file is gzip-compressed (its size on disk said nothing of its content). */
        public boolean gzip() {
            return gzip;
        }
    }

    /**
     * Opens {@code file} for reading as text. {@code forced} overrides detection (from a
     * mapping profile); null means detect.
     */
    public static OpenedText open(Path file, Charset forced) {
        return open(file, forced, Long.MAX_VALUE);
    }

    /**
     * Opens {@code file} for reading as text, reading at most {@code maxBytes} bytes of content:
     * for a gzip file that is the unpacked size, which its size on disk does not bound (a small
     * upload can unpack to gigabytes). Going past it throws {@link ContentTooLarge}.
     */
    public static OpenedText open(Path file, Charset forced, long maxBytes) {
        InputStream raw = null;
        try {
            raw = new BufferedInputStream(Files.newInputStream(file), SNIFF_BYTES);
            boolean gzip = isGzip(raw);
            InputStream content = gzip ? new GZIPInputStream(raw, SNIFF_BYTES) : raw;
            InputStream in = new BufferedInputStream(new Limited(content, maxBytes, gzip), SNIFF_BYTES);
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            TextEncoding detected = TextEncoding.detect(head, head.length);
            TextEncoding encoding = forced == null ? detected
                    : new TextEncoding(forced, forced.equals(detected.charset()) ? detected.bomLength() : 0);
            in.skipNBytes(encoding.bomLength());
            Reader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()), SNIFF_BYTES);
            return new OpenedText(reader, encoding, gzip);
        } catch (NoSuchFileException e) {
            throw new BadInputException("File " + file + " does not exist.", e);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (ContentTooLarge e) {
            closeQuietly(raw);
            throw e;
        }
    }

    /** Reads the whole file as text (for files that fit in memory, like national statistics). */
    public static String readString(Path file, Charset forced) {
        try (OpenedText text = open(file, forced)) {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = text.reader().read(buffer)) >= 0) {
                sb.append(buffer, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Counts the bytes read through it and stops, with {@link ContentTooLarge}, past the limit. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final boolean gzip;
        private long count;

        Limited(InputStream in, long limit, boolean gzip) {
            super(in);
            this.limit = limit;
            this.gzip = gzip;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false; // the buffer above marks; a reset here would count bytes twice
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw new ContentTooLarge(limit, gzip);
            }
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // already failing: the first problem is the one to report
            }
        }
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }
}
