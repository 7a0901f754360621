package eu.cyberstat.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One change to an input's bytes, as data (what, where as a fraction of the length, how much,
 * and a seed for anything else) so that jqwik can shrink a failing list of changes and print it.
 * The kinds are what real uploads and hostile ones do: flipped bytes, cut files, doubled or lost
 * separators and quotes, huge fields, other encodings, byte-order marks, NUL bytes, odd unicode
 * and every way of writing a number.
 */
record Mutation(Kind kind, double at, int size, long seed) {

    enum Kind {
        FLIP_BIT, RANDOM_BYTES, DELETE, TRUNCATE, DUPLICATE_RANGE, SEPARATOR_DOUBLED, SEPARATOR_REMOVED,
        QUOTE_INSERTED, QUOTE_REMOVED, HUGE_FIELD, NUL_BYTES, BOM, UNICODE, NUMBER_FORMAT, LINE_DUPLICATED,
        LINE_REMOVED, LINE_BREAKS, RE_ENCODED, CONTROL_CHAR, TOKEN
    }

    /** The largest field a mutation inserts: big enough to matter, small enough for 10 000 tries. */
    static final int MAX_HUGE_FIELD = 200_000;

    private static final byte[] SEPARATORS = {',', ';', '\t', ':', '|'};

    private static final List<String> NUMBERS = List.of("1.234", "1,234", "1 234", "1\u00A0234", "1\u202F234",
            "12,5", "12.5", "-3", "(3)", "\u22125", "+7", "1e9", "1E+999999999", "1E-999999999", "0E+999999999",
            "0x10", "\u0661\u0662\u0663", "NaN", "Infinity", "-0", "99999999999999999999999", "9223372036854775807",
            "9223372036854775808", "00000000000000001", "1.2.3", "1,,2", "1'234", "1\u2019234", "1_000", " 5 ", "",
            "12.345,67", "12,345.67", "1.234.567", ".5", "5.", "1e", "e5", "--1", "(-3)", "()", "1 23", "١");

    private static final List<String> TOKENS = List.of("=cmd|' /C calc'!A0", "@SUM(A1)", "EU27_2020", "EA20",
            "ICCS0903", "ICCS0701", "CYB", "CIA_ACCESS", "RECORDED", "SUSPECTS", ":", ": c", ":c", "c", "bp", "z",
            "xyz", "9999", "0000", "1990", "2022", "2022-Q1", "A", "M", "NR", "P_HTHAB", "I", "D", "\"\"", "null",
            "true", "~", "{}", "[]", "*", ".*", "(a+)+$", "&a [1,2]", "*a", "!!binary AAAA", "!!python/object:x", "${x}",
            "%s%n", "../../etc/passwd", "\\\\server\\share", "<?xml?>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///\">]>",
            "\uFEFF", "\u2028", "\u202E", "DE", "de", "GR", "GB", "UK", "XK", "Germany", "freq", "geo\\TIME_PERIOD",
            "STRUCTURE", "DATAFLOW", "OBS_VALUE", "TIME_PERIOD", "country", "year", "offence", "value", "---", "...",
            "- a\n- b", "key: value", "'", "#", "\\", "\"a\"\"b\"", "\u0000", "\uD83D\uDE00", "e\u0301");

    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
            Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8,
            Charset.forName("UTF-32LE"));

    static Arbitrary<Mutation> arbitrary() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.longs()).as(Mutation::new);
    }

    static Arbitrary<List<Mutation>> lists() {
        return arbitrary().list().ofMinSize(0).ofMaxSize(6);
    }

    static byte[] applyAll(byte[] input, List<Mutation> mutations) {
        byte[] b = input;
        for (Mutation m : mutations) {
            b = m.applyTo(b);
        }
        return b;
    }

    byte[] applyTo(byte[] in) {
        Random random = new Random(seed);
        int pos = in.length == 0 ? 0 : Math.min(in.length - 1, (int) (at * in.length));
        return switch (kind) {
            case FLIP_BIT -> {
                if (in.length == 0) {
                    yield in;
                }
                byte[] b = in.clone();
                b[pos] ^= (byte) (1 << random.nextInt(8));
                yield b;
            }
            case RANDOM_BYTES -> {
                byte[] r = new byte[1 + size % 16];
                random.nextBytes(r);
                yield insert(in, pos, r);
            }
            case DELETE -> delete(in, pos, 1 + size % 64);
            case TRUNCATE -> Arrays.copyOf(in, pos);
            case DUPLICATE_RANGE -> {
                int len = Math.min(in.length - pos, 1 + size % 256);
                yield insert(in, pos + len, Arrays.copyOfRange(in, pos, pos + len));
            }
            case SEPARATOR_DOUBLED -> {
                int at = next(in, pos, SEPARATORS);
                yield at < 0 ? in : insert(in, at, new byte[] {in[at]});
            }
            case SEPARATOR_REMOVED -> {
                int at = next(in, pos, SEPARATORS);
                yield at < 0 ? in : delete(in, at, 1);
            }
            case QUOTE_INSERTED -> insert(in, pos, new byte[] {'"'});
            case QUOTE_REMOVED -> {
                int at = next(in, pos, new byte[] {'"'});
                yield at < 0 ? in : delete(in, at, 1);
            }
            case HUGE_FIELD -> insert(in, pos, huge(random, size % MAX_HUGE_FIELD));
            case NUL_BYTES -> insert(in, pos, new byte[1 + size % 8]);
            case BOM -> bom(in, random.nextInt(4));
            case UNICODE -> insert(in, pos, new String(Character.toChars(codePoint(random)))
                    .getBytes(StandardCharsets.UTF_8));
            case NUMBER_FORMAT -> replaceDigits(in, pos, NUMBERS.get(size % NUMBERS.size()));
            case LINE_DUPLICATED -> {
                int[] line = line(in, pos);
                yield insert(in, line[1], Arrays.copyOfRange(in, line[0], line[1]));
            }
            case LINE_REMOVED -> {
                int[] line = line(in, pos);
                yield delete(in, line[0], line[1] - line[0]);
            }
            case LINE_BREAKS -> lineBreaks(in, random.nextInt(3));
            case RE_ENCODED -> new String(in, StandardCharsets.UTF_8).getBytes(ENCODINGS.get(size % ENCODINGS.size()));
            case CONTROL_CHAR -> insert(in, pos, new byte[] {(byte) (random.nextBoolean() ? 1 + random.nextInt(31) : 127)});
            case TOKEN -> replaceField(in, pos, TOKENS.get(size % TOKENS.size()).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static byte[] huge(Random random, int length) {
        String unit = switch (random.nextInt(8)) {
            case 0 -> "1";
            case 1 -> "a";
            case 2 -> " ";
            case 3 -> "\"";
            case 4 -> ";";
            case 5 -> "\u00E9";
            case 6 -> "9,";
            default -> "\t";
        };
        return unit.repeat(Math.max(1, length / unit.length())).getBytes(StandardCharsets.UTF_8);
    }

    private static int codePoint(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(0x80, 0x800);
            case 1 -> random.nextInt(0x800, 0xD800);
            case 2 -> random.nextInt(0xE000, 0x10000);
            case 3 -> random.nextInt(0x10000, 0x110000);
            case 4 -> new int[] {0xFEFF, 0x2028, 0x2029, 0x202E, 0x200B, 0xFFFD, 0x0085, 0x00A0}[random.nextInt(8)];
            default -> random.nextInt(0x20, 0x7F);
        };
    }

    private static byte[] bom(byte[] in, int which) {
        byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}};
        if (which == 3) {
            return in.length >= 3 && (in[0] & 0xFF) == 0xEF ? Arrays.copyOfRange(in, 3, in.length)
                    : insert(in, 0, boms[0]);
        }
        return insert(in, 0, boms[which]);
    }

    private static byte[] lineBreaks(byte[] in, int how) {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        String t = switch (how) {
            case 0 -> s.replace("\r\n", "\n").replace("\n", "\r\n");
            case 1 -> s.replace("\r\n", "\n").replace('\n', '\r');
            default -> s.replace("\r", "");
        };
        return t.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] replaceDigits(byte[] in, int pos, String number) {
        int start = -1;
        for (int i = pos; i < in.length; i++) {
            if (in[i] >= '0' && in[i] <= '9') {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return insert(in, pos, number.getBytes(StandardCharsets.UTF_8));
        }
        int end = start;
        while (end < in.length && in[end] >= '0' && in[end] <= '9') {
            end++;
        }
        return splice(in, start, end, number.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the field around pos (between separators, quotes or line breaks) with a token. */
    private static byte[] replaceField(byte[] in, int pos, byte[] token) {
        int start = pos;
        while (start > 0 && !isBoundary(in[start - 1])) {
            start--;
        }
        int end = pos;
        while (end < in.length && !isBoundary(in[end])) {
            end++;
        }
        return splice(in, start, end, token);
    }

    private static boolean isBoundary(byte b) {
        return b == ',' || b == ';' || b == '\t' || b == '\n' || b == '\r' || b == '"' || b == ':';
    }

    private static int[] line(byte[] in, int pos) {
        int start = pos;
        while (start > 0 && in[start - 1] != '\n') {
            start--;
        }
        int end = pos;
        while (end < in.length && in[end] != '\n') {
            end++;
        }
        return new int[] {start, Math.min(in.length, end + 1)};
    }

    private static int next(byte[] in, int from, byte[] any) {
        for (int i = from; i < in.length; i++) {
            for (byte b : any) {
                if (in[i] == b) {
                    return i;
                }
            }
        }
        return -1;
    }

    static byte[] insert(byte[] in, int at, byte[] what) {
        return splice(in, at, at, what);
    }

    static byte[] delete(byte[] in, int at, int length) {
        return splice(in, at, Math.min(in.length, at + length), new byte[0]);
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] what) {
        int f = Math.max(0, Math.min(from, in.length));
        int t = Math.max(f, Math.min(to, in.length));
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length - (t - f) + what.length);
        out.write(in, 0, f);
        out.write(what, 0, what.length);
        out.write(in, t, in.length - t);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return kind + "@" + String.format("%.3f", at) + "/" + size + "/" + seed;
    }
}
