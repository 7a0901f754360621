package eu.cyberstat.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.warehousing.CountryYear;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.app.ListDeliveries;
import eu.cyberstat.web.query.DeliveryMatrix.Status;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each status of a cell, and of each offence group in it, worked out by hand from a few
 * deliveries, the deadline and the date.
 */
class DeliveryMatrixTest {

    private static final MonthDay DEADLINE = MonthDay.of(6, 30);
    private static final List<String> GROUPS = List.of("CIA", "COMP", "CONT", "IP", "OTHER");
    private static final Set<String> EVERY_GROUP = Set.copyOf(GROUPS);

    private static ListDeliveries.YearInForce inForce(Submission s, String geo, int year, boolean revised,
                                                      Set<String> groups) {
        return new ListDeliveries.YearInForce(geo, year, s, revised, 10, groups);
    }

    private static Submission submission(String id, int warnings) {
        return new Submission(id, Instant.parse("2024-03-01T10:00:00Z"), id + ".csv", "0".repeat(64), 10, 4, "LU",
                "project-csv", warnings, List.of(new CountryYear("LU", 2021)), null);
    }

    @Test
    void statusesByHand() {
        List<ListDeliveries.YearInForce> deliveries = List.of(
                inForce(submission("S1", 0), "LU", 2020, false, EVERY_GROUP),
                inForce(submission("S2", 3), "LU", 2021, false, EVERY_GROUP),
                inForce(submission("S3", 2), "LU", 2022, true, EVERY_GROUP),
                inForce(submission("S4", 0), "MT", 2022, false, EVERY_GROUP));
        // 2023's figures are due by 30 June 2024: on 30 June they are still only missing, on 1 July late.
        Instant lastDay = Instant.parse("2024-06-30T23:59:59Z");
        DeliveryMatrix.Matrix onTime = DeliveryMatrix.of(deliveries, GROUPS, List.of("LU", "MT", "CY"), 2020, 2023, DEADLINE,
                lastDay);
        assertThat(onTime.years()).containsExactly(2020, 2021, 2022, 2023);
        assertThat(onTime.rows().get(0).cells()).extracting(DeliveryMatrix.Cell::status)
                .containsExactly(Status.DELIVERED, Status.WARNINGS, Status.REVISED, Status.MISSING);
        assertThat(onTime.rows().get(0).cells().get(2).submissionId()).isEqualTo("S3");
        // Years before 2023 were due long ago: nothing for them is late.
        assertThat(onTime.rows().get(1).cells()).extracting(DeliveryMatrix.Cell::status)
                .containsExactly(Status.LATE, Status.LATE, Status.DELIVERED, Status.MISSING);
        assertThat(onTime.rows().get(2).geo()).isEqualTo("CY");
        assertThat(onTime.count(Status.LATE)).isEqualTo(2 + 3);
        assertThat(onTime.count(Status.MISSING)).isEqualTo(3);

        DeliveryMatrix.Matrix after = DeliveryMatrix.of(deliveries, GROUPS, List.of("LU"), 2023, 2023, DEADLINE,
                lastDay.plusSeconds(1));
        assertThat(after.rows().get(0).cells().get(0).status()).isEqualTo(Status.LATE);
    }

    /**
     * A group without any figure in the submission in force is still expected: missing before the
     * year's deadline, late after it; the groups it carries have the year's own status.
     */
    @Test
    void offenceGroupsByHand() {
        List<ListDeliveries.YearInForce> deliveries = List.of(
                inForce(submission("S1", 0), "LU", 2022, false, Set.of("CIA", "COMP")),
                inForce(submission("S2", 4), "LU", 2023, false, Set.of("CONT")),
                inForce(submission("S3", 0), "MT", 2023, true, EVERY_GROUP));
        // 1 March 2024: 2022's figures were due on 30 June 2023, 2023's are due on 30 June 2024.
        DeliveryMatrix.Matrix m = DeliveryMatrix.of(deliveries, GROUPS, List.of("LU", "MT", "CY"), 2022, 2023,
                DEADLINE, Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(m.groups()).containsExactlyElementsOf(GROUPS);
        DeliveryMatrix.Cell lu2022 = m.rows().get(0).cells().get(0);
        assertThat(lu2022.status()).isEqualTo(Status.DELIVERED);
        assertThat(lu2022.groups()).containsExactly(Map.entry("CIA", Status.DELIVERED),
                Map.entry("COMP", Status.DELIVERED), Map.entry("CONT", Status.LATE), Map.entry("IP", Status.LATE),
                Map.entry("OTHER", Status.LATE));
        DeliveryMatrix.Cell lu2023 = m.rows().get(0).cells().get(1);
        assertThat(lu2023.status()).isEqualTo(Status.WARNINGS);
        assertThat(lu2023.groups()).containsExactly(Map.entry("CIA", Status.MISSING),
                Map.entry("COMP", Status.MISSING), Map.entry("CONT", Status.WARNINGS), Map.entry("IP", Status.MISSING),
                Map.entry("OTHER", Status.MISSING));
        assertThat(lu2023.status("CONT")).isEqualTo(Status.WARNINGS);
        assertThat(lu2023.status(null)).isEqualTo(Status.WARNINGS);
        assertThat(m.rows().get(1).cells().get(1).groups().values()).containsOnly(Status.REVISED);
        // A country-year with nothing in force: every group as the year, late for 2022, missing for 2023.
        assertThat(m.rows().get(2).cells().get(0).groups().values()).containsOnly(Status.LATE);
        assertThat(m.rows().get(2).cells().get(1).groups().values()).containsOnly(Status.MISSING);
    }
}
