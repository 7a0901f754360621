package eu.cyberstat.pipeline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The reference year of a scheduled firing follows from the schedule's time, not from the clock's. */
class ScheduledFireTest {

    private static final String FIRST_OF_MARCH = "0 0 6 1 3 ?";

    @Test
    void aFiringOnTimeIsForTheYearBefore() {
        Instant scheduled = ScheduledFire.scheduledTime(FIRST_OF_MARCH, ZoneOffset.UTC,
                Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-03-01T06:00:00.150Z"));
        assertThat(scheduled).isEqualTo(Instant.parse("2026-03-01T06:00:00Z"));
        assertThat(ScheduledFire.previousYear(scheduled, ZoneOffset.UTC)).isEqualTo(2025);
    }

    @Test
    void aMissedTimeFiredInTheNextYearIsStillForTheYearOfTheSchedule() {
        // Down from February 2026 to January 2027: the clock says 2027, the missed schedule 2026.
        Instant scheduled = ScheduledFire.scheduledTime(FIRST_OF_MARCH, ZoneOffset.UTC,
                Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2027-01-02T10:00:00Z"));
        assertThat(scheduled).isEqualTo(Instant.parse("2026-03-01T06:00:00Z"));
        assertThat(ScheduledFire.previousYear(scheduled, ZoneOffset.UTC)).isEqualTo(2025);
    }

    @Test
    void severalMissedTimesGiveTheLatestOnce() {
        Instant scheduled = ScheduledFire.scheduledTime(FIRST_OF_MARCH, ZoneOffset.UTC,
                Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(scheduled).isEqualTo(Instant.parse("2026-03-01T06:00:00Z"));
    }

    @Test
    void theYearIsTheScheduleZones() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        // 00:30 on 1 January in Paris is still 31 December in UTC.
        Instant scheduled = ScheduledFire.scheduledTime("0 30 0 1 1 ?", paris, Instant.parse("2025-12-01T00:00:00Z"),
                Instant.parse("2025-12-31T23:30:00Z"));
        assertThat(scheduled).isEqualTo(Instant.parse("2025-12-31T23:30:00Z"));
        assertThat(ScheduledFire.previousYear(scheduled, paris)).isEqualTo(2025);
        assertThat(ScheduledFire.previousYear(scheduled, ZoneOffset.UTC)).isEqualTo(2024);
    }

    @Test
    void aFiringBeforeAnyScheduledTimeHasNone() {
        assertThat(ScheduledFire.scheduledTime(FIRST_OF_MARCH, ZoneOffset.UTC, Instant.parse("2026-03-01T06:00:00Z"),
                Instant.parse("2026-03-05T00:00:00Z"))).as("1 March 2026 handled already").isNull();
    }
}
