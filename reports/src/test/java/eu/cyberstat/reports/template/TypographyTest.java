package eu.cyberstat.reports.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.fonts.Typeface;
import eu.cyberstat.reports.pdf.PdfFonts;
import org.junit.jupiter.api.Test;

class TypographyTest {

    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    @Test
    void groupsOfDigitsStayTogetherInEveryLanguage() {
        for (Language lang : Language.values()) {
            assertThat(Typography.apply(lang, "per 100 000 inhabitants")).isEqualTo("per 100" + NNBSP + "000 inhabitants");
            assertThat(Typography.apply(lang, "1 541 693 offences")).isEqualTo("1" + NNBSP + "541" + NNBSP + "693 offences");
            assertThat(Typography.apply(lang, "from 2013 2014 to 10 years")).as("years and small numbers are words")
                    .isEqualTo("from 2013 2014 to 10 years");
            assertThat(Typography.apply(lang, "1,5 000")).as("not the tail of a decimal").isEqualTo("1,5 000");
        }
    }

    @Test
    void frenchPunctuationHoldsToItsWord() {
        assertThat(Typography.apply(Language.FR, "Source : statistiques ; voir ? oui ! 12,3 %"))
                .isEqualTo("Source" + NBSP + ": statistiques" + NNBSP + "; voir" + NNBSP + "? oui" + NNBSP + "! 12,3" + NBSP + "%");
        assertThat(Typography.apply(Language.FR, "Indicateurs: p; « : » non disponible"))
                .isEqualTo("Indicateurs" + NBSP + ": p" + NNBSP + "; «" + NBSP + ":" + NBSP + "» non disponible");
        assertThat(Typography.apply(Language.FR, "« ensemble »")).isEqualTo("«" + NBSP + "ensemble" + NBSP + "»");
        assertThat(Typography.apply(Language.FR, "Données au 2026-12-03 03:29 UTC, https://ec.europa.eu/x?id=1 (%)"))
                .as("times, addresses and (%) are not punctuation").isEqualTo("Données au 2026-12-03 03:29 UTC, https://ec.europa.eu/x?id=1 (%)");
        assertThat(Typography.apply(Language.EN, "Source: data; ok? yes! 12.3%")).as("English is left as it is")
                .isEqualTo("Source: data; ok? yes! 12.3%");
        assertThat(Typography.apply(Language.DE, "Quelle: Daten")).isEqualTo("Quelle: Daten");
    }

    @Test
    void everyTypefaceHasTheNoBreakSpaces() {
        PdfFonts fonts = new PdfFonts();
        for (Typeface t : Typeface.values()) {
            BaseFont f = fonts.base(t);
            assertThat(f.charExists(0x202F)).as(t + " has U+202F").isTrue();
            assertThat(f.charExists(0x00A0)).as(t + " has U+00A0").isTrue();
            assertThat(t.awt(8f).canDisplay('\u202F')).as(t + " draws U+202F in charts").isTrue();
        }
    }
}
