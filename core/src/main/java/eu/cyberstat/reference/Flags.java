package eu.cyberstat.reference;

import java.util.Optional;
import java.util.TreeSet;

/**
 * Eurostat observation flags as a canonical string: letters sorted, no duplicates ("bp").
 * The empty string means no flag. Flags travel with every figure, so unions are common.
 */
public final class Flags {

    public static final char BREAK = 'b';
    public static final char CONFIDENTIAL = 'c';
    public static final char PROVISIONAL = 'p';
    public static final char LOW_RELIABILITY = 'u';

    /** Every flag letter Eurostat publishes; see flags.csv for their labels. */
    public static final String KNOWN = "bcdefnprsuz";

    private Flags() {
    }

    /**
     * Canonical form of a flag string as written in a file ("pb", "b p", "B,P" → "bp");
     * empty when any letter is not a known flag: the caller reports it.
     */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.of("");
        }
        TreeSet<Character> letters = new TreeSet<>();
        for (char ch : raw.toCharArray()) {
            if (isSeparator(ch)) {
                continue;
            }
            if (!isKnown(ch)) {
                return Optional.empty();
            }
            letters.add(Character.toLowerCase(ch));
        }
        return Optional.of(join(letters));
    }

    /**
     * The characters of a flag string as written that are not flag letters, each once, as
     * written and in the order they come ("px, Y" → "xY"): what {@link #parse} rejects it for.
     */
    public static String unknownLetters(String raw) {
        StringBuilder unknown = new StringBuilder();
        if (raw != null) {
            for (char ch : raw.toCharArray()) {
                if (!isSeparator(ch) && !isKnown(ch) && unknown.indexOf(String.valueOf(ch)) < 0) {
                    unknown.append(ch);
                }
            }
        }
        return unknown.toString();
    }

    /** Flags may be written apart ("b p", "b,p", "b;p"); letters in either case. */
    private static boolean isSeparator(char ch) {
        return Character.isWhitespace(ch) || ch == ',' || ch == ';';
    }

    private static boolean isKnown(char ch) {
        return KNOWN.indexOf(Character.toLowerCase(ch)) >= 0;
    }

    /** The union of two canonical flag strings. */
    public static String union(String a, String b) {
        TreeSet<Character> letters = new TreeSet<>();
        for (String s : new String[] {a, b}) {
            if (s != null) {
                s.chars().forEach(ch -> letters.add((char) ch));
            }
        }
        return join(letters);
    }

    public static boolean has(String flags, char flag) {
        return flags != null && flags.indexOf(flag) >= 0;
    }

    public static String with(String flags, char flag) {
        return union(flags, String.valueOf(flag));
    }

    private static String join(TreeSet<Character> letters) {
        StringBuilder sb = new StringBuilder(letters.size());
        letters.forEach(sb::append);
        return sb.toString();
    }
}
