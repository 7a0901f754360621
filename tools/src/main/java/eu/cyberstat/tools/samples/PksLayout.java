package eu.cyberstat.tools.samples;

import eu.cyberstat.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The layout of the German police statistics' time series table (PKS ZR-F-01-T01) with
 * synthetic figures, read through templates/profiles/de-pks.yaml exactly as the real file:
 * ISO-8859-1, ';', ',' for thousands, a first line of column numbers, thirteen columns.
 */
final class PksLayout {

    private record Key(String key, String label, String labelFrom2021, BiFunction<NationalModel, Integer, long[]> figures) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("------", "Straftaten insgesamt", null, (m, y) -> new long[] {5_300_000 + 40_000L * (y - 2013)
                    + m.recorded(y, "CYB"), 2_000_000 + m.suspects(y, "CYB")}),
            new Key("517500", "Computerbetrug (sonstiger) § 263a StGB", null,
                    (m, y) -> new long[] {m.recorded(y, "COMP_FRAUD"), m.suspects(y, "COMP_FRAUD")}),
            new Key("543000", "Fälschung beweiserheblicher Daten, Täuschung im Rechtsverkehr bei Datenverarbeitung §§ 269, 270 StGB",
                    null, (m, y) -> new long[] {m.recorded(y, "COMP_FORGERY"), m.suspects(y, "COMP_FORGERY")}),
            new Key("674200", "Datenveränderung, Computersabotage §§ 303a, 303b StGB", null,
                    (m, y) -> new long[] {m.recorded(y, "CIA_DATA") + m.recorded(y, "CIA_SYSTEM"),
                        Math.round(0.95 * (m.suspects(y, "CIA_DATA") + m.suspects(y, "CIA_SYSTEM")))}),
            new Key("678000", "Ausspähen, Abfangen von Daten einschl. Vorbereitungshandlungen und Datenhehlerei §§ 202a, 202b, 202c, 202d StGB",
                    null, (m, y) -> new long[] {m.recorded(y, "CIA_ACCESS") + m.recorded(y, "CIA_INTERCEPT")
                        + m.recorded(y, "CIA_DEVICES"), Math.round(0.95 * (m.suspects(y, "CIA_ACCESS")
                        + m.suspects(y, "CIA_INTERCEPT") + m.suspects(y, "CIA_DEVICES")))}),
            new Key("897000", "Computerkriminalität", "Cybercrime",
                    (m, y) -> new long[] {m.recorded(y, "CYB"), m.suspects(y, "CYB")}),
            new Key("899500", "Sachbeschädigung durch Graffiti insgesamt", null,
                    (m, y) -> new long[] {100_000 - 500L * (y - 2013), 10_000 + 20L * (y - 2013)}));

    private PksLayout() {
    }

    static void write(Path file, NationalModel m, ReferenceData reference) {
        StringBuilder sb = new StringBuilder("1;2;3;4;5;6;7;8;9;10;11;12;13\r\n");
        sb.append("Schluessel;Straftat;Jahr;erfasste Faelle;HZ;Versuche - Anzahl;Versuche - Anteil in %;"
                + "mit Schusswaffe gedroht;mit Schusswaffe geschossen;Aufklaerungsquote in %;Tatverdaechtige insgesamt;"
                + "Nichtdeutsche Tatverdaechtige - Anzahl;Nichtdeutsche Tatverdaechtige - Anteil in %\r\n");
        for (Key k : KEYS) {
            for (int year = NationalModel.FIRST_YEAR; year <= NationalModel.LAST_YEAR; year++) {
                long[] f = k.figures().apply(m, year);
                long cases = f[0];
                long suspects = f[1];
                double hz = cases * 100_000.0 / NationalModel.population(reference, "DE", year);
                long attempts = Math.round(cases * 0.1);
                long foreign = Math.round(suspects * 0.25);
                String label = k.labelFrom2021() != null && year >= 2021 ? k.labelFrom2021() : k.label();
                sb.append(String.join(";", k.key(), label, String.valueOf(year), thousands(cases),
                        thousands1(hz), thousands(attempts), one(cases == 0 ? 0 : 100.0 * attempts / cases), "0", "0",
                        one(30 + (year % 7)), thousands(suspects), thousands(foreign),
                        one(suspects == 0 ? 0 : 100.0 * foreign / suspects))).append("\r\n");
            }
        }
        SampleGenerator.write(file, sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String thousands(long n) {
        return SampleGenerator.grouped(n, ',');
    }

    /** "7,268.7": a rate with one decimal, ',' grouping, trailing ".0" dropped as the BKA writes it. */
    private static String thousands1(double v) {
        long whole = (long) Math.floor(v);
        long tenth = Math.round((v - whole) * 10);
        if (tenth == 10) {
            whole++;
            tenth = 0;
        }
        return thousands(whole) + (tenth == 0 ? "" : "." + tenth);
    }

    private static String one(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
