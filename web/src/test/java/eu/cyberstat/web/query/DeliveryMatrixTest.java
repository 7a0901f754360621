package eu.cyberstat.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.warehousing.CountryYear;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.SubmissionStore;
import eu.cyberstat.web.query.DeliveryMatrix.Status;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each status of a cell, worked out by hand from a few deliveries, the deadline and the date. */
class DeliveryMatrixTest {

    private static final MonthDay DEADLINE = MonthDay.of(6, 30);

    private static Submission submission(String id, int warnings) {
        return new Submission(id, Instant.parse("2024-03-01T10:00:00Z"), id + ".csv", "0".repeat(64), 10, 4, "LU",
                "project-csv", warnings, List.of(new CountryYear("LU", 2021)));
    }

    @Test
    void statusesByHand() {
        List<SubmissionStore.Delivery> deliveries = List.of(
                new SubmissionStore.Delivery(submission("S1", 0), "LU", List.of(2020), List.of(), List.of()),
                new SubmissionStore.Delivery(submission("S2", 3), "LU", List.of(2021), List.of(), List.of()),
                new SubmissionStore.Delivery(submission("S3", 2), "LU", List.of(2022), List.of(2022), List.of()),
                new SubmissionStore.Delivery(submission("S4", 0), "MT", List.of(2022), List.of(), List.of()));
        // 2023's figures are due by 30 June 2024: on 30 June they are still only missing, on 1 July late.
        Instant lastDay = Instant.parse("2024-06-30T23:59:59Z");
        DeliveryMatrix.Matrix onTime = DeliveryMatrix.of(deliveries, List.of("LU", "MT", "CY"), 2020, 2023, DEADLINE,
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

        DeliveryMatrix.Matrix after = DeliveryMatrix.of(deliveries, List.of("LU"), 2023, 2023, DEADLINE,
                lastDay.plusSeconds(1));
        assertThat(after.rows().get(0).cells().get(0).status()).isEqualTo(Status.LATE);
    }
}
