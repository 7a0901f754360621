package eu.cyberstat.ingest.text;

/**
 * Guesses the field separator of a delimited text file from its first lines: the candidate
 * ({@code ,} {@code ;} tab {@code |}) that occurs, outside quotes, the same non-zero number of
 * times on the most lines.
 */
public final class Separators {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private Separators() {
    }

    public static char sniff(String sample) {
        String[] lines = sample.lines().filter(l -> !l.isBlank()).limit(20).toArray(String[]::new);
        char best = ',';
        int bestScore = -1;
        for (char candidate : CANDIDATES) {
            int score = score(lines, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Lines whose count of {@code c} equals the header's (non-zero) count, weighted by that count. */
    private static int score(String[] lines, char c) {
        if (lines.length == 0) {
            return 0;
        }
        int header = count(lines[0], c);
        if (header == 0) {
            return 0;
        }
        int agreeing = 0;
        for (String line : lines) {
            if (count(line, c) == header) {
                agreeing++;
            }
        }
        return agreeing * 1000 + header;
    }

    private static int count(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
