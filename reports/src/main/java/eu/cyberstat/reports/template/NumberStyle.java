package eu.cyberstat.reports.template;

import eu.cyberstat.reference.Language;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers are written in one language of the report: thousands grouping and decimal mark
 * of the language (1,234.5 / 1 234,5 / 1.234,5), counts without decimals, rates with one.
 * Narratives call these methods ({@code ${fmt.count(n.value)}}); they accept any number and
 * write "–" for a missing one, so a template never prints "null".
 */
public final class NumberStyle {

    public static final String MISSING = "–";

    private final Language language;
    private final DecimalFormatSymbols symbols;

    public NumberStyle(Language language) {
        this.language = language;
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(language.locale());
        if (language == Language.FR) {
            // French typography groups with a narrow no-break space; pin it across JDK versions.
            s.setGroupingSeparator('\u202F');
        }
        this.symbols = s;
    }


    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public String count(Object n) {
        return format(n, 0, false);
    }

    public String rate(Object n) {
        return format(n, 1, false);
    }

    public String number(Object n, int decimals) {
        return format(n, decimals, false);
    }

    /** A percentage given in percent units (12.3 → "12.3%", "12,3 %" in French and German). */
    public String pct(Object n) {
        return n instanceof Number ? format(n, 1, false) + percentSign() : MISSING;
    }

    /** A change in percent with its sign ("+12.3%", "−4.0%"). */
    public String signedPct(Object n) {
        return n instanceof Number ? format(n, 1, true) + percentSign() : MISSING;
    }

    /** A change in units with its sign. */
    public String signedCount(Object n) {
        return format(n, 0, true);
    }

    private String percentSign() {
        return language == Language.EN ? "%" : "\u00A0%";
    }

    private String format(Object n, int decimals, boolean signed) {
        if (!(n instanceof Number num)) {
            return MISSING;
        }
        double v = num.doubleValue();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return MISSING;
        }
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        String body = f.format(Math.abs(v));
        boolean zero = body.chars().noneMatch(c -> c >= '1' && c <= '9');
        if (v < 0 && !zero) {
            return "\u2212" + body;
        }
        return signed && !zero ? "+" + body : body;
    }
}
