package eu.cyberstat.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.ReferenceData;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EliminationTest {

    private static final ReferenceData REFERENCE = ReferenceData.shipped();
    private static final Set<String> EU27 = REFERENCE.countries().eu27().stream().map(Country::geo)
            .collect(Collectors.toSet());

    private static FiguresTable table(ReportedFigure... figures) {
        return FiguresTable.of(List.of(figures), List.of(), REFERENCE.offences(), EU27, true, "RECORDED", 2020);
    }

    private static ReportedFigure fig(String geo, String offence, long value) {
        return new ReportedFigure(geo, offence, "RECORDED", 2020, value, false);
    }

    private static TableCell cell(String geo, String offence) {
        return TableCell.country(geo, offence, "RECORDED", 2020);
    }

    @Test
    void aSumWithOneWithheldPartGivesItBack() {
        FiguresTable t = table(fig("NL", "OTHER_SPAM", 5), fig("FR", "OTHER_SPAM", 7));
        var determined = Elimination.determined(t, Set.of(cell("NL", "OTHER_SPAM")));
        assertThat(determined).containsOnlyKeys(cell("NL", "OTHER_SPAM"));
        assertThat(determined.get(cell("NL", "OTHER_SPAM")))
                .containsExactlyInAnyOrder(cell("FR", "OTHER_SPAM"), TableCell.eu("OTHER_SPAM", "RECORDED", 2020));
    }

    @Test
    void twoWithheldPartsOfOneSumAreNotDetermined() {
        FiguresTable t = table(fig("NL", "OTHER_SPAM", 5), fig("FR", "OTHER_SPAM", 7), fig("DK", "OTHER_SPAM", 1));
        assertThat(Elimination.determined(t, Set.of(cell("NL", "OTHER_SPAM"), cell("FR", "OTHER_SPAM")))).isEmpty();
    }

    @Test
    void combinationsOfRelationsAreFollowed() {
        // NL's group and NL's other offences give NL_TERROR only together with the EU sum of CONT_RACISM.
        FiguresTable t = table(fig("NL", "CONT", 30), fig("NL", "CONT_CSAM", 10), fig("NL", "CONT_RACISM", 12),
                fig("NL", "CONT_TERROR", 8), fig("FR", "CONT_RACISM", 4));
        var determined = Elimination.determined(t, Set.of(cell("NL", "CONT_TERROR"), cell("NL", "CONT_RACISM")));
        assertThat(determined).containsKeys(cell("NL", "CONT_TERROR"), cell("NL", "CONT_RACISM"));
    }

    @Test
    void nonNegativeCountsSummingToZeroAreEachZero() {
        FiguresTable t = table(fig("NL", "OTHER_SPAM", 0), fig("BE", "OTHER_SPAM", 0), fig("FR", "OTHER_SPAM", 40));
        assertThat(Elimination.determined(t, Set.of(cell("NL", "OTHER_SPAM"), cell("BE", "OTHER_SPAM"))))
                .containsOnlyKeys(cell("NL", "OTHER_SPAM"), cell("BE", "OTHER_SPAM"));
        assertThat(Elimination.determined(t, Set.of(cell("NL", "OTHER_SPAM"), cell("FR", "OTHER_SPAM")))).isEmpty();
    }
}
