package eu.cyberstat.ingest.alerts;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.problem.MessageText;
import eu.cyberstat.ingest.text.Separators;
import eu.cyberstat.ingest.text.TextEncoding;
import eu.cyberstat.ingest.text.TextFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.io.input.ReaderInputStream;

/**
 * One alert export file as inspected before reading: its encoding, whether it is gzipped,
 * the CSV separator and header, and where each mapped field is. A plain file in an encoding
 * whose line breaks are single bytes is <em>splittable</em>: several tasks read byte ranges of it
 * in parallel. A gzipped or UTF-16 file (or a CSV whose records may span lines) is read by one
 * task, transcoded to UTF-8 on the fly.
 *
 * @param columns for CSV, the header column of each {@link AlertField} (by ordinal), -1 when unmapped;
 *                unused for JSON Lines
 */
public record ExportFile(int index, String path, String name, long size, String charsetName, int bomLength,
                         boolean gzip, boolean splittable, char separator, int headerColumns, int[] columns)
        implements Serializable {

    private static final int HEAD_BYTES = 64 * 1024;
    /** Header columns a message lists at most. */
    private static final int LISTED_COLUMNS = 20;
    private static final int LISTED_CHARACTERS = 300;

    /** Inspects {@code file} for {@code profile}; throws BadInputException naming the file when it cannot be read as one. */
    public static ExportFile inspect(int index, Path file, PlatformProfile profile) {
        String name = file.getFileName().toString();
        long size;
        byte[] head;
        boolean gzip;
        try {
            size = Files.size(file);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                in.mark(2);
                gzip = in.read() == 0x1f && in.read() == 0x8b;
                in.reset();
                InputStream content = gzip ? new GZIPInputStream(in) : in;
                head = content.readNBytes(HEAD_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException("Alert export " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new BadInputException("Cannot read alert export " + file + ": " + e.getMessage(), e);
        }
        TextEncoding detected = TextEncoding.detect(head, head.length);
        Charset charset = profile.charset() != null ? profile.charset() : detected.charset();
        int bom = charset.equals(detected.charset()) ? detected.bomLength() : 0;
        boolean singleByteLines = charset.equals(StandardCharsets.UTF_8) || isSingleByte(charset);
        boolean splittable = !gzip && singleByteLines && !profile.multiLineRecords();
        if (profile.format() == PlatformProfile.Format.JSONL) {
            return new ExportFile(index, file.toString(), name, size, charset.name(), bom, gzip, splittable, ',', 0,
                    new int[0]);
        }
        String text = new String(head, bom, head.length - bom, charset);
        String headerLine = text.lines().filter(l -> !l.isBlank()).findFirst()
                .orElseThrow(() -> new BadInputException("Alert export " + name + " is empty: a CSV export needs a header line."));
        if (headerLine.length() == text.length() && head.length == HEAD_BYTES) {
            throw new BadInputException("Alert export " + name + ": no line break in the first 64 KB; is it a CSV file?");
        }
        char separator = profile.separator() != null ? profile.separator() : Separators.sniff(text);
        CsvFields fields = new CsvFields(separator);
        byte[] headerBytes = headerLine.getBytes(StandardCharsets.UTF_8);
        fields.split(headerBytes, 0, headerBytes.length);
        List<String> header = new ArrayList<>();
        for (int i = 0; i < fields.count(); i++) {
            header.add(fields.text(i, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
        }
        int[] columns = new int[AlertField.values().length];
        Arrays.fill(columns, -1);
        for (AlertField f : AlertField.values()) {
            String column = profile.fields().nameOf(f);
            if (column == null) {
                continue;
            }
            int at = header.indexOf(column.strip().toLowerCase(Locale.ROOT));
            if (at < 0) {
                throw new BadInputException("Alert export " + name + ": column '" + MessageText.shown(column) + "' (" + f.key()
                        + " in profile " + profile.platform() + ") is not in its header line. Columns found: "
                        + listed(header) + ". Check the separator and the profile.");
            }
            columns[f.ordinal()] = at;
        }
        return new ExportFile(index, file.toString(), name, size, charset.name(), bom, gzip, splittable, separator,
                header.size(), columns);
    }

    /** The header's first columns, within one line of a message (a column can be 40 characters of noise). */
    private static String listed(List<String> header) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (String c : header) {
            if (shown == LISTED_COLUMNS || sb.length() > LISTED_CHARACTERS) {
                break;
            }
            sb.append(shown++ == 0 ? "" : ", ").append(MessageText.shown(c, 40));
        }
        return sb + (shown < header.size() ? ", ... (" + header.size() + " in all)" : "");
    }

    public Charset charset() {
        return Charset.forName(charsetName);
    }

    /** The charset of the bytes {@link #open} returns (UTF-8 for a transcoded file). */
    public Charset streamCharset() {
        return isSingleByteOrUtf8() ? charset() : StandardCharsets.UTF_8;
    }

    private boolean isSingleByteOrUtf8() {
        Charset c = charset();
        return c.equals(StandardCharsets.UTF_8) || isSingleByte(c);
    }

    /**
     * Opens the file's bytes for the split starting at {@code start}: for a split inside the file,
     * positioned one byte before it (so that the reader can tell whether a record starts exactly
     * there); for the first split, just after any byte-order mark.
     */
    public InputStream open(long start) throws IOException {
        Path p = Path.of(path);
        if (splittable) {
            FileChannel channel = FileChannel.open(p, StandardOpenOption.READ);
            channel.position(start == 0 ? bomLength : start - 1);
            return Channels.newInputStream(channel);
        }
        if (start != 0) {
            throw new IllegalArgumentException(name + " cannot be split");
        }
        if (isSingleByteOrUtf8()) {
            InputStream raw = Files.newInputStream(p);
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            in.skipNBytes(bomLength);
            return in;
        }
        TextFiles.OpenedText text = TextFiles.open(p, charset());
        return ReaderInputStream.builder().setReader(text.reader()).setCharset(StandardCharsets.UTF_8)
                .setBufferSize(1 << 16).get();
    }

    /**
     * SHA-256 (hex) of the file's raw bytes, as kept: the identity of the export, whatever the
     * split size. Refuses a file whose size changed since it was inspected (an export still
     * being written would otherwise be described by bytes other than those read).
     */
    public String sha256() {
        Path p = Path.of(path);
        try (InputStream in = Files.newInputStream(p)) {
            String digest = DigestUtils.sha256Hex(in);
            if (Files.size(p) != size) {
                throw new BadInputException("Alert export " + name + " changed while it was being read (" + size + " bytes, now "
                        + Files.size(p) + "): ingest it once it is complete.");
            }
            return digest;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    /** Byte offset of the first byte a reader of the first split sees. */
    public long firstOffset() {
        return splittable ? bomLength : 0;
    }

    /** Cuts the file into byte ranges of about {@code splitBytes}. */
    public List<ExportSplit> splits(int firstIndex, long splitBytes) {
        List<ExportSplit> splits = new ArrayList<>();
        if (!splittable || size <= splitBytes) {
            splits.add(new ExportSplit(firstIndex, index, 0, Long.MAX_VALUE));
            return splits;
        }
        long start = 0;
        int i = firstIndex;
        while (start < size) {
            long end = Math.min(size, start + splitBytes);
            splits.add(new ExportSplit(i++, index, start, end == size ? Long.MAX_VALUE : end));
            start = end;
        }
        return splits;
    }

    private static boolean isSingleByte(Charset c) {
        return c.canEncode() && c.newEncoder().maxBytesPerChar() == 1.0f;
    }
}
