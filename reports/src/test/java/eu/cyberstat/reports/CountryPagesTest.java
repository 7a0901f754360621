package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.Flags;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each country page of the finished reports agrees with itself: the sentence counts the years
 * the page's trend chart has figures for, and the chart draws the country's line with a point
 * for every year with a rate — also for a country with no total (Kosovo in the fixture reports
 * only acts against computer systems), which once read "reported in 0 of the last 10 years"
 * beside its own figures, and had no line.
 */
class CountryPagesTest {

    private static final Map<String, Pattern> COUNT_SENTENCE = Map.of(
            "en", Pattern.compile("(?:The total was reported|Figures for (.+?) were reported) for (\\d+) of the last (\\d+) years"
                    + "(?:, (\\d+) of them with a rate)?"),
            "fr", Pattern.compile("(?:Le total a été déclaré|Des chiffres pour (.+?) ont été déclarés) pour (\\d+) des (\\d+) "
                    + "dernières années(?:, dont (\\d+) avec un taux)?"),
            "de", Pattern.compile("(?:Die Gesamtzahl wurde|Zahlen für (.+?) wurden) für (\\d+) der letzten (\\d+) Jahre gemeldet"
                    + "(?:, davon (\\d+) mit einer Rate)?"));

    /** What a country's trend shows, worked out here from the figures: the level it reports at. */
    record Expected(List<String> offences, int reportedYears, int ratedYears, int points) {
    }

    @Test
    void everySentenceCountsTheYearsItsChartShowsAndEveryCountryHasItsLine() throws IOException {
        PdfTools.require();
        Map<String, Expected> expected = expected();
        assertThat(expected.get("XK").offences()).as("Kosovo's trend is its one group").containsExactly("CIA");
        assertThat(expected.get("XK").ratedYears()).as("Kosovo has rates in some years only")
                .isLessThan(expected.get("XK").reportedYears());
        for (String lang : List.of("en", "fr", "de")) {
            Path pdf = RenderedSet.file("report-2022-" + lang + ".pdf");
            Map<String, Integer> pages = countryPages(pdf);
            assertThat(pages).as(lang + ": a page per reporting country").hasSize(expected.size());
            for (Map.Entry<String, Integer> e : pages.entrySet()) {
                String geo = e.getKey();
                Expected x = expected.get(geo);
                int page = e.getValue();
                String text = PdfText.squash(PdfText.page(pdf, page));
                Matcher m = COUNT_SENTENCE.get(lang).matcher(text);
                assertThat(m.find()).as(lang + " " + geo + ": the sentence counting years, in: " + text).isTrue();
                assertThat(m.group(1) == null).as(lang + " " + geo + ": the sentence speaks of the total exactly when the "
                        + "chart shows it").isEqualTo(x.offences().equals(List.of("CYB")));
                assertThat(Integer.parseInt(m.group(2))).as(lang + " " + geo + ": years reported").isEqualTo(x.reportedYears());
                assertThat(Integer.parseInt(m.group(3))).isEqualTo(10);
                int rated = m.group(4) == null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(4));
                assertThat(rated).as(lang + " " + geo + ": years with a rate").isEqualTo(x.ratedYears());
                // The trend chart is the left one, below the table: its round markers are the country's points
                // (the EU's lines have none but the white hollow points of its years with a Member State's break),
                // plus one in the legend per country line.
                long markers = PdfShapes.dots(pdf, page).stream().filter(d -> d.bounds().getCenterX() < 297
                        && d.bounds().getWidth() < 8 && d.bounds().getHeight() < 8 && d.rgb() != 0xFFFFFF).count();
                assertThat(markers).as(lang + " " + geo + ": the country's points in its trend chart, and its legend")
                        .isEqualTo(x.points() + x.offences().size());
                assertThat(x.points()).as(geo + " has a line").isPositive();
            }
        }
    }

    @Test
    void theFirstSentenceSaysWhatTheTableShowsForTheReferenceYear() throws IOException {
        PdfTools.require();
        Path pdf = RenderedSet.file("report-2022-en.pdf");
        Map<String, Figure> totals = new HashMap<>();
        for (Figure f : RenderedSet.fixture().data().figures()) {
            if (f.offence().equals("CYB") && f.year() == ReportFixtures.YEAR && f.indicator().equals("RECORDED")) {
                totals.put(f.geo(), f);
            }
        }
        for (Map.Entry<String, Integer> e : countryPages(pdf).entrySet()) {
            String text = PdfText.squash(PdfText.page(pdf, e.getValue()));
            Figure total = totals.get(e.getKey());
            if (total == null) {
                assertThat(text).as(e.getKey()).containsAnyOf("No total of all cybercrime was reported for 2022.",
                        "No figures were reported for 2022.");
            } else if (Flags.has(total.flags(), Flags.CONFIDENTIAL)) {
                assertThat(text).as(e.getKey()).contains("The total for 2022 is confidential.");
            } else {
                assertThat(text).as(e.getKey()).contains("the police recorded " + String.format("%,d", total.value()));
            }
        }
    }

    /** Each country's profile page, from the bookmarks under the country profiles. */
    static Map<String, Integer> countryPages(Path pdf) throws IOException {
        ReferenceData ref = RenderedSet.fixture().data().reference();
        Map<String, String> byName = new HashMap<>();
        ref.countries().all().forEach(c -> {
            for (eu.cyberstat.reference.Language l : eu.cyberstat.reference.Language.values()) {
                byName.put(c.name().in(l), c.geo());
            }
        });
        Map<String, Integer> pages = new java.util.LinkedHashMap<>();
        boolean inProfiles = false;
        for (ReportContentsTest.Entry e : ReportContentsTest.bookmarks(pdf)) {
            if (e.title().matches("Country profiles|Profils par pays|Länderprofile")) {
                inProfiles = true;
                continue;
            }
            if (inProfiles && byName.containsKey(e.title())) {
                pages.put(byName.get(e.title()), e.page());
            } else if (inProfiles) {
                break;
            }
        }
        return pages;
    }

    /** Worked out from the fixture's figures, apart from the report's code. */
    private static Map<String, Expected> expected() {
        ReferenceData ref = RenderedSet.fixture().data().reference();
        Map<String, Map<String, Figure>> byGeo = new HashMap<>();
        for (Figure f : RenderedSet.fixture().data().figures()) {
            if (f.indicator().equals("RECORDED") && f.year() > ReportFixtures.YEAR - 10 && !f.geo().equals("EU27_2020")) {
                byGeo.computeIfAbsent(f.geo(), g -> new HashMap<>()).put(f.offence() + "|" + f.year(), f);
            }
        }
        List<List<String>> levels = List.of(List.of("CYB"), ref.offences().groups().stream().map(Offence::code).toList(),
                ref.offences().leaves().stream().map(Offence::code).toList());
        Map<String, Expected> out = new HashMap<>();
        byGeo.forEach((geo, figs) -> {
            for (List<String> level : levels) {
                List<String> shown = new ArrayList<>();
                for (String o : level) {
                    for (int y = ReportFixtures.YEAR - 9; y <= ReportFixtures.YEAR; y++) {
                        if (figs.containsKey(o + "|" + y) && !shown.contains(o)) {
                            shown.add(o);
                        }
                    }
                }
                if (shown.isEmpty()) {
                    continue;
                }
                int reported = 0;
                int rated = 0;
                int points = 0;
                for (int y = ReportFixtures.YEAR - 9; y <= ReportFixtures.YEAR; y++) {
                    boolean any = false;
                    boolean withRate = false;
                    for (String o : shown) {
                        Figure f = figs.get(o + "|" + y);
                        any |= f != null;
                        boolean hasRate = f != null && f.ratePer100k() != null && !Flags.has(f.flags(), Flags.CONFIDENTIAL);
                        withRate |= hasRate;
                        points += hasRate ? 1 : 0;
                    }
                    reported += any ? 1 : 0;
                    rated += withRate ? 1 : 0;
                }
                out.put(geo, new Expected(shown, reported, rated, points));
                break;
            }
        });
        return out;
    }
}
