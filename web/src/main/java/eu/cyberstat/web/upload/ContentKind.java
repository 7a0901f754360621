package eu.cyberstat.web.upload;

import java.util.Optional;

/**
 * What an uploaded file holds, told from its first bytes and never from its name or the type the
 * client declared: an Excel workbook (OOXML zip or OLE2), a gzip-compressed text, or plain text.
 * Anything else (an image, a PDF, a program) is refused before it is validated.
 */
public enum ContentKind {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    XLS("application/vnd.ms-excel"),
    GZIP("application/gzip"),
    TEXT("text/plain");

    /** How many first bytes decide. */
    public static final int SNIFFED = 4096;

    private final String mediaType;

    ContentKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The kind of a file from its first bytes ({@code length} of {@code head}); empty when it is none
     * the validator reads. Text is text when it has no NUL byte and no other control character
     * than tab, line feed, carriage return and form feed (UTF-16 text has NULs: it is not offered).
     */
    public static Optional<ContentKind> of(byte[] head, int length) {
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(XLSX);
        }
        if (length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0 && (head[4] & 0xff) == 0xA1 && (head[5] & 0xff) == 0xB1
                && head[6] == 0x1A && (head[7] & 0xff) == 0xE1) {
            return Optional.of(XLS);
        }
        if (length >= 2 && (head[0] & 0xff) == 0x1F && (head[1] & 0xff) == 0x8B) {
            return Optional.of(GZIP);
        }
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(TEXT);
    }
}
