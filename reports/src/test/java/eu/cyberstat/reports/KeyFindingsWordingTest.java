package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The key findings of the finished reports rank their statements truthfully: a superlative
 * ("rose the most") is said of one offence or country only, the others are worded by their
 * place ("the second-largest rise"), and the places follow the changes they print.
 */
class KeyFindingsWordingTest {

    /** Each language's superlatives: each may be claimed of one thing at most. */
    private static final Map<String, List<String>> SUPERLATIVES = Map.of(
            "en", List.of("rose the most in the EU27", "fell the most in the EU27", "had the steepest rise"),
            "fr", List.of(": la plus forte hausse dans", ": la plus forte baisse dans", ": la plus forte hausse des États"),
            "de", List.of(": der stärkste Anstieg in", ": der stärkste Rückgang in", ": der stärkste Anstieg unter"));

    /** The words of the second places, which the fixture's three rises and three countries must use. */
    private static final Map<String, List<String>> SECOND_PLACES = Map.of(
            "en", List.of("had the second-largest rise in the EU27", "had the second-steepest rise"),
            "fr", List.of(": la deuxième plus forte hausse dans", ": la deuxième plus forte hausse des États"),
            "de", List.of(": der zweitstärkste Anstieg in", ": der zweitstärkste Anstieg unter"));

    @Test
    void noSuperlativeIsClaimedOfTwoThingsInAnyLanguage() throws IOException {
        PdfTools.require();
        for (String lang : List.of("en", "fr", "de")) {
            String text = text(lang);
            for (String superlative : SUPERLATIVES.get(lang)) {
                assertThat(PdfText.count(text, superlative)).as(lang + ": '" + superlative + "' claimed of one thing at most")
                        .isLessThanOrEqualTo(1);
            }
            for (String second : SECOND_PLACES.get(lang)) {
                assertThat(PdfText.count(text, second)).as(lang + ": '" + second + "'").isEqualTo(1);
            }
        }
    }

    @Test
    void placesFollowTheChangesTheyPrint() throws IOException {
        PdfTools.require();
        String text = text("en");
        List<Double> rises = changes(text, "(?:rose the most|had the (?:\\w+)-largest rise) in the EU27: ([+−][\\d.,]+)%");
        List<Double> countries = changes(text, "had the (?:steepest|\\w+-steepest) rise in [^:]*: ([+−][\\d.,]+)%");
        assertThat(rises).hasSize(3).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(countries).hasSize(3).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(text).containsPattern("rose the most in the EU27: .*had the second-largest rise in the EU27: "
                + ".*had the third-largest rise in the EU27: ");
    }

    private static String text(String lang) throws IOException {
        return PdfText.pages(RenderedSet.file("report-2022-" + lang + ".pdf"), false).stream()
                .reduce("", String::concat).replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }

    private static List<Double> changes(String text, String regex) {
        List<Double> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1).replace("−", "-").replace(",", "")));
        }
        return out;
    }
}
