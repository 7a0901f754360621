package eu.cyberstat.ingest.text;

import eu.cyberstat.ingest.InputException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
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
     * Opens {@code file} for reading as text. {@code forced} overrides detection (from a
     * mapping profile); null means detect.
     */
    public static OpenedText open(Path file, Charset forced) {
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), SNIFF_BYTES);
            boolean gzip = isGzip(raw);
            InputStream in = gzip ? new BufferedInputStream(new GZIPInputStream(raw, SNIFF_BYTES), SNIFF_BYTES) : raw;
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
            throw new InputException("File " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new InputException("Cannot read " + file + ": " + e.getMessage(), e);
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
            throw new InputException("Cannot read " + file + ": " + e.getMessage(), e);
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
