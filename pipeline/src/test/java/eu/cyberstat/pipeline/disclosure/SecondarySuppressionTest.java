package eu.cyberstat.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.ConfidentialityStatus;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The suppression pattern on small crafted tables (the recovery audit checks whole runs' files). */
class SecondarySuppressionTest {

    private static final ReferenceData REFERENCE = ReferenceData.shipped();
    private static final Set<String> EU27 = REFERENCE.countries().eu27().stream().map(Country::geo)
            .collect(Collectors.toSet());
    private static final SecondarySuppression SUPPRESSION =
            new SecondarySuppression(REFERENCE.offences(), EU27, REFERENCE.additiveIndicators());

    private final List<ReportedFigure> figures = new ArrayList<>();

    private SecondarySuppressionTest add(String geo, String offence, int year, Long value, boolean confidential) {
        figures.add(new ReportedFigure(geo, offence, "RECORDED", year, value, confidential));
        return this;
    }

    private SecondarySuppressionTest add(String geo, String offence, int year, long value) {
        return add(geo, offence, year, value, false);
    }

    private SuppressionPlan plan(PanelMembers... panels) {
        return SUPPRESSION.protect(figures, List.of(panels));
    }

    private static TableCell cell(String geo, String offence, int year) {
        return TableCell.country(geo, offence, "RECORDED", year);
    }

    @Test
    void oneConfidentialCountryNeedsOneOtherWithheldInTheEuSum() {
        add("NL", "CONT_TERROR", 2018, 216L, true).add("BE", "CONT_TERROR", 2018, 500).add("FR", "CONT_TERROR", 2018, 300)
                .add("DK", "CONT_TERROR", 2018, 90);
        SuppressionPlan plan = plan();
        assertThat(plan.cells(ConfidentialityStatus.PRIMARY)).containsExactly(cell("NL", "CONT_TERROR", 2018));
        assertThat(plan.cells(ConfidentialityStatus.SECONDARY)).as("the smallest figure at least as large as NL's")
                .containsExactly(cell("FR", "CONT_TERROR", 2018));
        assertThat(plan.protections()).singleElement().satisfies(p -> assertThat(p.primary())
                .isEqualTo(cell("NL", "CONT_TERROR", 2018)));
    }

    @Test
    void twoConfidentialCountriesProtectEachOther() {
        add("NL", "CONT_TERROR", 2018, 216L, true).add("BE", "CONT_TERROR", 2018, 500L, true)
                .add("FR", "CONT_TERROR", 2018, 300);
        assertThat(plan().cells(ConfidentialityStatus.SECONDARY)).isEmpty();
    }

    @Test
    void aConfidentialOffenceWithItsGroupPublishedNeedsAFourCellRectangle() {
        for (String geo : List.of("NL", "FR", "DK")) {
            long k = geo.length() + geo.charAt(0);
            add(geo, "CONT", 2018, 100 * k + 30 * k + 10 * k).add(geo, "CONT_CSAM", 2018, 100 * k)
                    .add(geo, "CONT_RACISM", 2018, 30 * k).add(geo, "CONT_TERROR", 2018, 10 * k, geo.equals("NL"));
        }
        SuppressionPlan plan = plan();
        List<TableCell> secondary = plan.cells(ConfidentialityStatus.SECONDARY);
        // NL's group minus its other offences, and the EU sum minus the other countries, would each give it back:
        // a sibling in NL, the same offence elsewhere, and that country's sibling.
        assertThat(secondary).hasSize(3);
        assertThat(secondary).filteredOn(c -> c.geo().equals("NL")).singleElement()
                .satisfies(c -> assertThat(c.offence()).isIn("CONT_CSAM", "CONT_RACISM"));
        assertThat(secondary).filteredOn(c -> !c.geo().equals("NL")).extracting(TableCell::geo).containsOnly(
                secondary.stream().filter(c -> !c.geo().equals("NL")).findFirst().orElseThrow().geo());
        assertThat(secondary).noneMatch(c -> c.scope() != TableCell.Scope.COUNTRY);
    }

    @Test
    void aConfidentialGroupWithEveryOffencePublishedWithholdsAnOffence() {
        add("NL", "IP", 2018, 40L, true).add("NL", "IP_COPYRIGHT", 2018, 40).add("FR", "IP", 2018, 70)
                .add("FR", "IP_COPYRIGHT", 2018, 70).add("DK", "IP", 2018, 50).add("DK", "IP_COPYRIGHT", 2018, 50);
        SuppressionPlan plan = plan();
        // IP has one offence: the group is that offence, which must go too, and so must another country's pair.
        assertThat(plan.cells(ConfidentialityStatus.SECONDARY)).contains(cell("NL", "IP_COPYRIGHT", 2018));
        assertThat(plan.cells(ConfidentialityStatus.SECONDARY)).hasSize(3);
    }

    @Test
    void aConfidentialTotalWithItsGroupsPublished() {
        for (String geo : List.of("NL", "FR", "DK")) {
            long base = geo.charAt(0) * 10L;
            long sum = 0;
            for (String group : List.of("CIA", "COMP", "CONT", "IP", "OTHER")) {
                add(geo, group, 2020, base + group.length());
                sum += base + group.length();
            }
            add(geo, "CYB", 2020, sum, geo.equals("FR"));
        }
        SuppressionPlan plan = plan();
        assertThat(plan.cells(ConfidentialityStatus.PRIMARY)).containsExactly(cell("FR", "CYB", 2020));
        assertThat(plan.cells(ConfidentialityStatus.SECONDARY)).hasSize(3)
                .anySatisfy(c -> assertThat(c).isEqualTo(cell(c.geo(), "CYB", 2020)))
                .allSatisfy(c -> assertThat(c.isCountry()).isTrue());
    }

    @Test
    void inAPanelYearTheOtherWithheldFigureIsInThePanelToo() {
        for (int y = 2013; y <= 2022; y++) {
            for (String geo : List.of("DK", "FI", "FR")) {
                add(geo, "OTHER_SPAM", y, 100L + geo.charAt(1) + y - 2013, geo.equals("DK") && y == 2019);
            }
        }
        add("HR", "OTHER_SPAM", 2019, 150);   // in the EU sum of 2019, not in the panel
        SuppressionPlan plan = plan(new PanelMembers("OTHER_SPAM", "RECORDED", List.of("DK", "FI", "FR")));
        assertThat(plan.cells(ConfidentialityStatus.SECONDARY)).singleElement()
                .satisfies(c -> assertThat(c.geo()).isIn("FI", "FR"));
    }

    @Test
    void aZeroIsNotProtectedByAnotherZero() {
        add("NL", "IP_COPYRIGHT", 2017, 0L, true).add("BE", "IP_COPYRIGHT", 2017, 0).add("FR", "IP_COPYRIGHT", 2017, 40)
                .add("DK", "IP_COPYRIGHT", 2017, 70);
        // Withholding BE would leave NL + BE = 0: both are then zero, since counts are never negative.
        assertThat(plan().cells(ConfidentialityStatus.SECONDARY)).singleElement()
                .isEqualTo(cell("FR", "IP_COPYRIGHT", 2017));
    }

    @Test
    void theSameFigureIsWithheldYearAfterYear() {
        for (int y = 2020; y <= 2022; y++) {
            add("NL", "COMP_FORGERY", y, 300L, true).add("FR", "COMP_FORGERY", y, 310L + 60 * (y - 2020))
                    .add("DK", "COMP_FORGERY", y, 340L - 20 * (y - 2020)).add("SE", "COMP_FORGERY", y, 900);
        }
        // By value alone FR (310) would go in 2020 and DK (320, 300) in 2021 and 2022: stability keeps FR.
        assertThat(plan().cells(ConfidentialityStatus.SECONDARY)).extracting(TableCell::geo).containsExactly("FR", "FR", "FR");
    }

    @Test
    void anEuSumOfOneConfidentialFigureIsThatFigure() {
        add("NL", "CIA_INTERCEPT", 2022, 12L, true).add("ME", "CIA_INTERCEPT", 2022, 40);
        SuppressionPlan plan = plan();
        assertThat(plan.statusOf(TableCell.eu("CIA_INTERCEPT", "RECORDED", 2022))).isEqualTo(ConfidentialityStatus.PRIMARY);
        assertThat(plan.cells(ConfidentialityStatus.SECONDARY)).as("ME is not in the EU sum").isEmpty();
    }

    @Test
    void aConfidentialFigureSentWithoutAValueIsProtectedInItsCountry() {
        for (String geo : List.of("EE", "FR", "DK", "LV")) {
            long k = geo.charAt(0) + geo.charAt(1);
            add(geo, "CONT", 2019, 100 * k + 30 * k + 10 * k).add(geo, "CONT_CSAM", 2019, 100 * k)
                    .add(geo, "CONT_RACISM", 2019, 30 * k);
            if (geo.equals("EE")) {
                add(geo, "CONT_TERROR", 2019, null, true);
            } else {
                add(geo, "CONT_TERROR", 2019, 10 * k);
            }
        }
        SuppressionPlan plan = plan();
        assertThat(plan.cells(ConfidentialityStatus.PRIMARY)).containsExactly(cell("EE", "CONT_TERROR", 2019));
        assertThat(plan.cells(ConfidentialityStatus.SECONDARY)).as("EE's group minus its other offences gives it")
                .anySatisfy(c -> assertThat(c.geo()).isEqualTo("EE"));
        FiguresTable table = FiguresTable.of(figures, List.of(), REFERENCE.offences(), EU27, true, "RECORDED", 2019);
        Set<TableCell> withheld = new java.util.HashSet<>(plan.withheld().keySet());
        assertThat(Elimination.isDetermined(table, withheld, cell("EE", "CONT_TERROR", 2019))).isFalse();
    }

    @Test
    void nothingConfidentialNothingWithheld() {
        add("FR", "CYB", 2022, 10).add("DK", "CYB", 2022, 20);
        assertThat(plan().withheld()).isEmpty();
    }
}
