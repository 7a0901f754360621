package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FeedbackPdfTest {

    private static String text(String geo) throws IOException {
        return AnnualReportPdfTest.squash(PdfTools.text(RenderedSet.file("feedback/" + geo + "-2022.pdf"), 0));
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
    void everyCheckRaisedOnACountryIsListedOnItsSheet() throws IOException {
        PdfTools.require();
        String de = text("DE");
        assertThat(de).contains("W_YOY_JUMP", "W_BREAK_NO_NOTE", "de_cyber_2022.csv");
        String fr = text("FR");
        assertThat(fr).contains("E_UNKNOWN_OFFENCE", "W_PROVISIONAL", "fr_2022_v1.csv");
        assertThat(text("NL")).contains("W_DEFINITION", "W_NOTE", ReportFixtures.HOSTILE_MESSAGE);
        assertThat(text("SE")).contains("No validation issue was raised");
        assertThat(de).doesNotContain("W_PROVISIONAL");
    }

    @Test
    void showsTheCountryNextToTheEu() throws IOException {
        PdfTools.require();
        String pl = text("PL");
        assertThat(pl).contains("Figures of Poland next to the EU27, 2022", "EU27 per 100 000",
                "Figures recorded by Poland, by offence and year");
    }
}
