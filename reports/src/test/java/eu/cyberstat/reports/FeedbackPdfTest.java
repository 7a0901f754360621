package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The finished feedback sheets, read back from the PDFs. */
class FeedbackPdfTest {

    private static String text(String geo) throws IOException {
        return AnnualReportPdfTest.squash(PdfTools.text(RenderedSet.file("feedback/" + geo + "-2022.pdf"), 0));
    }

    /** The part of a sheet from one heading to the next. */
    private static String section(String text, String heading, String next) {
        int from = text.indexOf(heading);
        assertThat(from).as(heading).isNotNegative();
        int to = text.indexOf(next, from + heading.length());
        return text.substring(from, to < 0 ? text.length() : to);
    }

    @Test
    void eachSheetIsInItsCountrysLanguage() throws IOException {
        PdfTools.require();
        assertThat(text("BE")).contains("Retour sur les données : Belgique, 2022", "Anomalies relevées");
        assertThat(text("LU")).contains("Retour sur les données : Luxembourg, 2022");
        assertThat(text("AT")).contains("Rückmeldung zu den Daten: Österreich, 2022", "Prüfhinweise");
        assertThat(text("PL")).contains("Data feedback: Poland, 2022", "Validation issues on your submissions");
    }

    @Test
    void validationMessagesAreInTheSheetsLanguageWithTheCodeBesideTheWords() throws IOException {
        PdfTools.require();
        String fr = section(text("FR"), "Anomalies relevées sur vos transmissions", "Données arrêtées");
        assertThat(fr).contains("« CYBER_FRAUDE » n’est pas une infraction de la classification.",
                "Code d’infraction inconnu", "(E_UNKNOWN_OFFENCE)", "Erreur",
                "3 valeurs ont été lues comme des nombres entiers (1.092 lu comme 1092 ; première à la ligne 22)",
                "(W_AMBIGUOUS_NUMBER)",
                "Avertissement", "fr_2022_v1.csv", "fr_2022.xlsx")
                .doesNotContain("is not an offence", "values like", "ERROR", "WARNING");
        String de = section(text("DE"), "Prüfhinweise zu Ihren Lieferungen", "Datenstand");
        assertThat(de).contains("Der Wert 4120 ist das 3,4-Fache des Vorjahreswerts (1212 im Jahr 2021, "
                        + "aus Ihrer früheren Lieferung).", "Starke Veränderung zum Vorjahr", "(W_YOY_JUMP)",
                "Alle Straftaten unter CIA sind angegeben und ergeben zusammen 900", "(W_CHILDREN_BELOW_PARENT)",
                "Warnung")
                .doesNotContain("times the", "already in the warehouse", "WARNING", "W_PROVISIONAL");
        String pl = section(text("PL"), "Validation issues on your submissions", "Data as of");
        assertThat(pl).contains("The value 12 follows a zero in 2021 (line 39 of this file).", "Figure after a zero",
                "(W_AFTER_ZERO)", "Warning");
    }

    @Test
    void adviceIsForTheNationalContactNotForWhoeverRunsCyberstat() throws IOException {
        PdfTools.require();
        String mt = text("MT");
        assertThat(mt).contains("4 rows of your file were left out, with 2 national offence codes that the mapping of "
                        + "your national codes does not cover (401, 402).",
                "tell the reporting centre which offence of the classification each one is")
                .doesNotContain("Map the ones that are cybercrime", "'offences:'", "mt-police.yaml", "--profile");
        String fr = text("FR");
        assertThat(fr).contains("signalez-le au centre de collecte ; pour lever le doute, écrivez les nombres sans "
                        + "séparateur de milliers")
                .doesNotContain("déclarez les séparateurs dans un profil de correspondance");
    }

    /**
     * A file the validation rejected since the country's last accepted delivery is on its sheet:
     * in a table of its own (file, day received, errors), its errors among the issues, and the
     * opening words say it was rejected while the figures shown come from the deliveries in force.
     */
    @Test
    void rejectedDeliveriesAreListedWithTheirErrorsInTheSheetsLanguage() throws IOException {
        PdfTools.require();
        var fixture = RenderedSet.fixture().data();
        java.time.Instant received = java.time.Instant.parse("2023-06-10T08:15:00Z");
        List<eu.cyberstat.reports.model.RejectedDelivery> rejected = new java.util.ArrayList<>();
        List<eu.cyberstat.reports.model.SubmissionCheck> checks = new java.util.ArrayList<>(fixture.checks());
        for (String geo : List.of("AT", "FR", "FR", "PL")) {
            String file = geo.toLowerCase(java.util.Locale.ROOT) + "-bad-" + rejected.size() + ".csv";
            String id = "S20230610T081500000-bad00" + rejected.size();
            rejected.add(new eu.cyberstat.reports.model.RejectedDelivery(geo, id, file, received, 1));
            checks.add(ReportFixtures.check(geo, id, file, 3, "value", eu.cyberstat.problem.Checks.E_NEGATIVE,
                    "value", -4L));
        }
        var data = new eu.cyberstat.reports.model.ReportData(fixture.provenance(), fixture.reference(), fixture.figures(),
                fixture.keyFindings(), fixture.alertFigures(), checks, fixture.submissions(), rejected);
        var templates = eu.cyberstat.reports.template.ReportTemplates.load(TestPaths.templates(), fixture.reference());
        var basis = new eu.cyberstat.reports.view.ReportBasis(data, templates);
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(RenderedSet.dir().resolveSibling("rejected"));
        java.util.Map<String, String> sheets = new java.util.HashMap<>();
        for (String geo : List.of("AT", "FR", "PL")) {
            var lang = templates.definition().feedback().languageOf(geo);
            java.nio.file.Path pdf = dir.resolve(geo + ".pdf");
            java.nio.file.Files.write(pdf, new eu.cyberstat.reports.pdf.FeedbackPdf(
                    new eu.cyberstat.reports.view.ReportContext(basis, lang), geo).render());
            sheets.put(geo, AnnualReportPdfTest.squash(PdfTools.text(pdf, 0)));
        }
        assertThat(sheets.get("AT")).contains("1 Datei, die Sie geliefert haben, wurde zurückgewiesen (1 Fehler,",
                "Die Zahlen unten stammen aus Ihren geltenden Lieferungen.", "Ihre zurückgewiesenen Dateien",
                "at-bad-0.csv", "2023-06-10", "S20230610T081500000-bad000", "(E_NEGATIVE)");
        assertThat(sheets.get("FR")).contains("2 fichiers que vous avez transmis ont été rejetés", "Vos fichiers rejetés",
                "fr-bad-1.csv", "fr-bad-2.csv", "(E_NEGATIVE)");
        assertThat(sheets.get("PL")).contains("1 file you sent was rejected (1 error, listed at the end of this sheet): "
                + "its figures are not in the report.", "Your files that were rejected", "pl-bad-3.csv")
                .doesNotContain("at-bad-0.csv", "fr-bad");
    }

    @Test
    void aSheetWithoutErrorsSpeaksOfAcceptanceNeverOfRejection() throws IOException {
        PdfTools.require();
        // Clean: no issue at all, in each language.
        assertThat(text("SE")).contains("Your figures were accepted, without any remark from the validation.",
                "No validation issue was raised");
        assertThat(text("BE")).contains("Vos chiffres ont été acceptés, sans aucune remarque de la validation.");
        assertThat(text("AT")).contains("Ihre Zahlen wurden angenommen, ohne jeden Hinweis der Validierung.");
        // Warnings only.
        assertThat(text("DE")).contains("Ihre Zahlen wurden angenommen. Die Validierung hat 2 Warnungen gegeben");
        assertThat(text("PL")).contains("Your figures were accepted. The validation raised 1 warning,");
        for (String geo : List.of("SE", "BE", "LU", "AT", "DE", "PL", "MT")) {
            assertThat(text(geo)).as(geo)
                    .doesNotContainPattern("(?iu)\\b(reject|rejet|zurückweis|errors?|erreurs?|fehler)");
        }
        // With an error: the rejection is said, once, where it belongs.
        assertThat(text("FR")).contains("1 erreur a entraîné le rejet d'un fichier :",
                "Une erreur entraîne le rejet du fichier où elle a été relevée");
        assertThat(text("NL")).contains("1 error led to the rejection of a file:");
    }

    @Test
    void showsTheCountryNextToTheEuAndItsFiguresByOffenceInWords() throws IOException {
        PdfTools.require();
        String pl = text("PL");
        assertThat(pl).contains("Figures of Poland next to the EU27, 2022", "EU27 per 100 000",
                "Figures recorded by Poland, by offence and year");
        String coverage = section(text("FR"), "Chiffres déclarés par France, par infraction et par année",
                "Vos transmissions en vigueur");
        assertThat(coverage).contains("Accès illégal", "Fraude informatique", "Ensemble de la cybercriminalité")
                .doesNotContain("CIA_ACCESS", "COMP_FRAUD", "OTHER_OTHER", "Codes :");
    }

    @Test
    void listsTheDeliveriesInForceAndTheNotesGivenWithThem() throws IOException {
        PdfTools.require();
        String fr = text("FR");
        assertThat(section(fr, "Vos transmissions en vigueur", "Notes jointes à vos chiffres"))
                .contains("fr-2013-2022.csv", "2023-03-01", "2013–2020", "fr-2021-2022-revision.csv", "2023-05-15",
                        "2021–2022", "S20230515T143000000-fr000002");
        assertThat(section(fr, "Notes jointes à vos chiffres", "Anomalies relevées"))
                .contains(ReportFixtures.FR_REVISION_NOTE, "2021–2022");
        // A hostile note is shown as the text it is: its markup is not applied, its terminal escape is a code.
        String nl = section(text("NL"), "Notes given with your figures", "Validation issues");
        assertThat(nl).contains("=HYPERLINK(\"http://evil.example\",\"x\") **bold** <b>tag</b> \\u001B[2J")
                .doesNotContain("\u001B");
        // An issue kept before messages had words of their own keeps its English message.
        assertThat(text("NL")).contains(ReportFixtures.LEGACY_MESSAGE);
    }
}
