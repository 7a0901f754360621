package eu.cyberstat.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects how a text file exported from a spreadsheet in a national locale is encoded: UTF-8
 * with or without byte-order mark, UTF-16 (with BOM, or without one when every other byte is
 * zero), otherwise Windows-1252 (which also reads ISO-8859-1 text the same, bar control codes).
 */
public record TextEncoding(Charset charset, int bomLength) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Detects the encoding from the first bytes of a file (64 KB is plenty). */
    public static TextEncoding detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(head, length);
        if (utf16 != null) {
            return new TextEncoding(utf16, 0);
        }
        return new TextEncoding(isUtf8(head, length) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    public static TextEncoding detect(byte[] bytes) {
        return detect(bytes, bytes.length);
    }

    /** A name for messages and manifests: "UTF-8 with BOM", "windows-1252". */
    public String describe() {
        return charset.name() + (bomLength > 0 ? " with BOM" : "");
    }

    private static Charset utf16WithoutBom(byte[] b, int length) {
        int n = Math.min(length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Strict UTF-8 check; a multi-byte sequence cut at the end of the sample still counts as UTF-8. */
    private static boolean isUtf8(byte[] b, int length) {
        int end = length;
        // Do not fail on a character split by the sample boundary: drop up to 3 trailing bytes of it.
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (b[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (b[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
