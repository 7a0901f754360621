package eu.cyberstat.app;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.OffenceClassification;
import eu.cyberstat.reference.ReferenceData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The offence group a figure counts for, by hand from offences.csv. */
class ListDeliveriesTest {

    private static final OffenceClassification OFFENCES = ReferenceData.shipped().offences();

    @Test
    void anOffenceCountsForItsGroupAGroupForItselfTheTotalForNone() {
        assertThat(ListDeliveries.groupOf(OFFENCES, "CIA_ACCESS")).hasValue("CIA");
        assertThat(ListDeliveries.groupOf(OFFENCES, "COMP_IDTHEFT")).hasValue("COMP");
        assertThat(ListDeliveries.groupOf(OFFENCES, "OTHER_OTHER")).hasValue("OTHER");
        assertThat(ListDeliveries.groupOf(OFFENCES, "CONT")).hasValue("CONT");
        assertThat(ListDeliveries.groupOf(OFFENCES, "CYB")).isEqualTo(Optional.empty());
        assertThat(ListDeliveries.groupOf(OFFENCES, "NOT_AN_OFFENCE")).isEqualTo(Optional.empty());
    }
}
