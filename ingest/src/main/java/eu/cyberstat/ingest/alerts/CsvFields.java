package eu.cyberstat.ingest.alerts;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Splits one CSV record (RFC 4180: quoted fields, doubled quotes) held in a byte buffer into
 * fields without copying; a field becomes a String only when asked for, so columns cyberstat
 * does not map (contact data above all) are never even decoded. Reused across records.
 */
public final class CsvFields {

    private final byte separator;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] escaped = new boolean[32];
    private int count;
    private boolean malformed;
    private byte[] buf;

    public CsvFields(char separator) {
        if (separator > 0x7f) {
            throw new IllegalArgumentException("The separator must be an ASCII character");
        }
        this.separator = (byte) separator;
    }

    /** Tokenises buf[from, to); afterwards {@link #count()} fields are available. */
    public void split(byte[] buf, int from, int to) {
        this.buf = buf;
        count = 0;
        malformed = false;
        int i = from;
        while (true) {
            if (count == starts.length) {
                grow();
            }
            if (i < to && buf[i] == '"') {
                int start = i + 1;
                boolean hasEscapes = false;
                int j = start;
                int close = -1;
                while (j < to) {
                    if (buf[j] == '"') {
                        if (j + 1 < to && buf[j + 1] == '"') {
                            hasEscapes = true;
                            j += 2;
                            continue;
                        }
                        close = j;
                        break;
                    }
                    j++;
                }
                if (close < 0) {
                    malformed = true; // unclosed quote
                    starts[count] = start;
                    ends[count] = to;
                    escaped[count++] = hasEscapes;
                    return;
                }
                starts[count] = start;
                ends[count] = close;
                escaped[count++] = hasEscapes;
                i = close + 1;
                if (i < to && buf[i] != separator) {
                    malformed = true; // text after a closing quote
                    while (i < to && buf[i] != separator) {
                        i++;
                    }
                }
            } else {
                int j = i;
                while (j < to && buf[j] != separator) {
                    j++;
                }
                starts[count] = i;
                ends[count] = j;
                escaped[count++] = false;
                i = j;
            }
            if (i >= to) {
                return;
            }
            i++; // the separator
            if (i == to) {
                if (count == starts.length) {
                    grow();
                }
                starts[count] = to;
                ends[count] = to;
                escaped[count++] = false;
                return;
            }
        }
    }

    public int count() {
        return count;
    }

    /** True when a quote was left open or text followed a closing quote. */
    public boolean isMalformed() {
        return malformed;
    }

    /** Field {@code i} decoded and stripped of surrounding white space. */
    public String text(int i, Charset charset) {
        int s = starts[i];
        int e = ends[i];
        while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
            s++;
        }
        while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
            e--;
        }
        if (s == e) {
            return "";
        }
        String text = new String(buf, s, e - s, charset);
        return escaped[i] ? text.replace("\"\"", "\"") : text;
    }

    private void grow() {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
        escaped = Arrays.copyOf(escaped, escaped.length * 2);
    }
}
