package eu.cyberstat.ingest.text;

/**
 * Guesses the field separator of a delimited text file from its first lines: the candidate
 * ({@code ,} {@code ;} tab {@code |}) that occurs, outside quotes, the same non-zero number of
 * times on the most lines. A Eurostat TSV header (first field {@code freq,iccs,unit,geo\TIME_PERIOD})
 * means tab, whatever the commas in it say.
 */
public final class Separators {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private Separators() {
    }

    public static char sniff(String sample) {
        String[] lines = sample.lines().filter(l -> !l.isBlank()).limit(20).toArray(String[]::new);
        if (lines.length > 0 && isEurostatTsvHeader(lines[0])) {
            return '\t'; // its first field holds commas: freq,iccs,unit,geo\TIME_PERIOD
        }
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

    private static boolean isEurostatTsvHeader(String line) {
        int tab = line.indexOf('\t');
        String first = (tab < 0 ? line : line.substring(0, tab)).strip().toLowerCase(java.util.Locale.ROOT);
        return tab > 0 && (first.endsWith("\\time_period") || first.endsWith("\\time"));
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
