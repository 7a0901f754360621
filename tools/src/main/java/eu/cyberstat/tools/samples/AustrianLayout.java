package eu.cyberstat.tools.samples;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A national layout unlike the project's, read through templates/profiles/at-bk.yaml: a table
 * with a title, one row per section of the Austrian Criminal Code and one column per year,
 * Windows-1252, ';' separated, '.' for thousands and '-' for zero. Synthetic figures.
 */
final class AustrianLayout {

    private record Line(String code, String label, BiFunction<NationalModel, Integer, Long> value) {
    }

    private static final List<Line> LINES = List.of(
            new Line("§ 118a", "Widerrechtlicher Zugriff auf ein Computersystem", (m, y) -> m.recorded(y, "CIA_ACCESS")),
            // Illegal interception is split over two sections; the profile adds them up again.
            new Line("§ 119", "Verletzung des Telekommunikationsgeheimnisses",
                    (m, y) -> Math.round(m.recorded(y, "CIA_INTERCEPT") * 0.6)),
            new Line("§ 119a", "Missbräuchliches Abfangen von Daten",
                    (m, y) -> m.recorded(y, "CIA_INTERCEPT") - Math.round(m.recorded(y, "CIA_INTERCEPT") * 0.6)),
            new Line("§ 126a", "Datenbeschädigung", (m, y) -> m.recorded(y, "CIA_DATA")),
            new Line("§ 126b", "Störung der Funktionsfähigkeit eines Computersystems", (m, y) -> m.recorded(y, "CIA_SYSTEM")),
            new Line("§ 126c", "Missbrauch von Computerprogrammen oder Zugangsdaten", (m, y) -> m.recorded(y, "CIA_DEVICES")),
            new Line("§ 148a", "Betrügerischer Datenverarbeitungsmissbrauch", (m, y) -> m.recorded(y, "COMP_FRAUD")),
            new Line("§ 225a", "Datenfälschung", (m, y) -> m.recorded(y, "COMP_FORGERY")),
            // Not cybercrime by themselves (no cyber tag): in the table, not mapped by the profile.
            new Line("§ 146", "Betrug (alle Begehungsformen)", (m, y) -> m.recorded(y, "COMP_FRAUD") * 4 + 1234),
            new Line("§ 207a", "Pornographische Darstellungen Minderjähriger", (m, y) -> m.recorded(y, "CONT_CSAM") * 3),
            new Line("Summe", "Cybercrime gesamt", (m, y) -> m.recorded(y, "CYB")));

    private AustrianLayout() {
    }

    static void write(Path file, NationalModel model) {
        StringBuilder sb = new StringBuilder();
        sb.append("Polizeiliche Kriminalstatistik Österreich – Cybercrime (synthetisches Beispiel);;;;;;;;;;;\r\n");
        sb.append("Angezeigte Fälle nach Delikt, Stand 15.03.2023;;;;;;;;;;;\r\n");
        sb.append("Delikt;Bezeichnung");
        for (int year = NationalModel.FIRST_YEAR; year <= NationalModel.LAST_YEAR; year++) {
            sb.append(';').append(year);
        }
        sb.append("\r\n");
        for (Line line : LINES) {
            sb.append(line.code()).append(';').append(line.label());
            for (int year = NationalModel.FIRST_YEAR; year <= NationalModel.LAST_YEAR; year++) {
                long v = line.value().apply(model, year);
                sb.append(';').append(v == 0 ? "-" : SampleGenerator.grouped(v, '.'));
            }
            sb.append("\r\n");
        }
        SampleGenerator.write(file, sb.toString().getBytes(Charset.forName("windows-1252")));
    }
}
