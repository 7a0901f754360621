package eu.cyberstat.ingest.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimeFormatTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static long micros(ZonedDateTime t) {
        return t.toEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }

    @Test
    void isoReadsOffsetsFractionsAndLocalTimes() {
        TimeFormat iso = TimeFormat.compile("iso");
        assertThat(iso.parseMicros("2024-03-05T10:15:30Z", PARIS))
                .isEqualTo(micros(ZonedDateTime.of(2024, 3, 5, 10, 15, 30, 0, ZoneOffset.UTC)));
        assertThat(iso.parseMicros("2024-03-05T10:15:30.123456789+02:00", PARIS))
                .isEqualTo(micros(OffsetDateTime.parse("2024-03-05T10:15:30.123456+02:00").toZonedDateTime()));
        assertThat(iso.parseMicros("2024-03-05 10:15", PARIS))
                .isEqualTo(micros(LocalDateTime.of(2024, 3, 5, 10, 15).atZone(PARIS)));
        assertThat(iso.parseMicros("2024-07-05T10:15:30-0530", PARIS))
                .isEqualTo(micros(OffsetDateTime.parse("2024-07-05T10:15:30-05:30").toZonedDateTime()));
    }

    @Test
    void rejectsImpossibleDates() {
        TimeFormat iso = TimeFormat.compile("iso");
        assertThat(iso.parseMicros("2024-02-30T10:00:00Z", PARIS)).isEqualTo(TimeFormat.NO_MATCH);
        assertThat(iso.parseMicros("2024-13-01T10:00:00Z", PARIS)).isEqualTo(TimeFormat.NO_MATCH);
        assertThat(iso.parseMicros("yesterday", PARIS)).isEqualTo(TimeFormat.NO_MATCH);
        assertThat(TimeFormat.compile("dd/MM/yyyy HH:mm").parseMicros("31/04/2024 10:00", PARIS))
                .isEqualTo(TimeFormat.NO_MATCH);
        assertThat(TimeFormat.compile("dd/MM/yyyy HH:mm").parseMicros("01/04/2024 10:00:00", PARIS))
                .isEqualTo(TimeFormat.NO_MATCH);
    }

    @Test
    void fixedPatternsAgreeWithJavaTimeAcrossDaylightSavingChanges() {
        String[] patterns = {"dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssXXX", "yyyyMMddHHmmss", "dd.MM.yyyy HH:mm"};
        SplittableRandom random = new SplittableRandom(7);
        for (String pattern : patterns) {
            TimeFormat format = TimeFormat.compile(pattern);
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(PARIS);
            for (int i = 0; i < 2000; i++) {
                ZonedDateTime t = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(
                        1_600_000_000L + random.nextLong(200_000_000L)), PARIS);
                if (!pattern.contains("ss")) {
                    t = t.withSecond(0);
                }
                String text = formatter.format(t);
                // Without an offset, a time in the autumn overlap is ambiguous: java.time takes the earlier offset.
                assertThat(format.parseMicros(text, PARIS)).as("%s %s", pattern, text)
                        .isEqualTo(micros(ZonedDateTime.parse(text, formatter)));
            }
        }
    }

    @Test
    void otherPatternsFallBackToJavaTime() {
        TimeFormat f = TimeFormat.compile("d MMM uuuu H:mm");
        assertThat(f.parseMicros("5 Mar 2024 9:07", PARIS))
                .isEqualTo(micros(LocalDateTime.of(2024, 3, 5, 9, 7).atZone(PARIS)));
        assertThat(f.parseMicros("5 Mars 2024 9:07", PARIS)).isEqualTo(TimeFormat.NO_MATCH);
    }

    @Test
    void invalidPatternsAreRefusedWithJavaTimesReason() {
        assertThatThrownBy(() -> TimeFormat.compile("dd/MM/yyyy {HH}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rememberedOffsetsAgreeWithTheZoneRulesInOrderAndOutOfOrder() {
        ZoneOffsets offsets = new ZoneOffsets(PARIS);
        SplittableRandom random = new SplittableRandom(5);
        long t = 1_600_000_000L;
        for (int i = 0; i < 20_000; i++) {
            t = i % 50 == 0 ? 1_000_000_000L + random.nextLong(1_000_000_000L) : t + random.nextLong(20_000);
            ZonedDateTime expected = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(t), PARIS);
            assertThat(offsets.at(t)).as("%d", t).isEqualTo(expected.getOffset().getTotalSeconds());
            assertThat(offsets.yearMonth(t * 1_000_000L)).isEqualTo(expected.getYear() * 100 + expected.getMonthValue());
        }
        assertThat(new ZoneOffsets(ZoneOffset.UTC).at(t)).isZero();
    }

    @Test
    void monthIsThePlatformsLocalMonth() {
        long newYearInParis = micros(ZonedDateTime.of(2023, 12, 31, 23, 30, 0, 0, ZoneOffset.UTC));
        assertThat(TimeFormat.localYearMonth(newYearInParis, PARIS)).isEqualTo(202401);
        assertThat(TimeFormat.localYearMonth(newYearInParis, ZoneOffset.UTC)).isEqualTo(202312);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 5000; i++) {
            long seconds = random.nextLong(-2_000_000_000L, 4_000_000_000L);
            ZonedDateTime t = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds), PARIS);
            assertThat(TimeFormat.localYearMonth(seconds * 1_000_000L, PARIS))
                    .isEqualTo(t.getYear() * 100 + t.getMonthValue());
        }
    }
}
