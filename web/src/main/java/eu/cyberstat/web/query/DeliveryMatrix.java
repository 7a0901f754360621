package eu.cyberstat.web.query;

import eu.cyberstat.warehousing.SubmissionStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deliveries of national figures, country × reference year, each with its status: what an
 * operator follows during the collection. Pure: computed from the deliveries in force (the
 * submission store's), the countries expected, the years asked for, the deadline and the time now.
 */
public final class DeliveryMatrix {

    /**
     * Where a country's figures for a reference year stand. A cell in force is {@code REVISED} when an
     * earlier submission had given that country-year (whatever the warnings), else
     * {@code WARNINGS} when its submission had warnings, else {@code DELIVERED}; a cell without
     * figures is {@code LATE} once the year's deadline has passed, {@code MISSING} before.
     */
    public enum Status {
        DELIVERED, WARNINGS, REVISED, MISSING, LATE;

        /** The code in the CSV, the workbook and the API: {@code delivered}, {@code warnings} ... */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One country and year. */
    public record Cell(int year, Status status, String submissionId, Instant received) {
    }

    /** One country's row. */
    public record Row(String geo, List<Cell> cells) {
    }

    /** The matrix: its years (columns) and a row per country, in the order asked. */
    public record Matrix(List<Integer> years, List<Row> rows) {

        public long count(Status status) {
            return rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c.status() == status).count();
        }
    }

    private DeliveryMatrix() {
    }

    /** The moment figures for {@code year} are late: the end of the deadline day of the following year, UTC. */
    public static Instant due(int year, MonthDay deadline) {
        return LocalDate.of(year + 1, deadline.getMonth(), deadline.getDayOfMonth()).plusDays(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public static Matrix of(List<SubmissionStore.Delivery> deliveries, List<String> countries, int fromYear,
                            int toYear, MonthDay deadline, Instant now) {
        Map<String, Cell> inForce = new HashMap<>();
        for (SubmissionStore.Delivery d : deliveries) {
            for (int year : d.years()) {
                Status status = d.revisedYears().contains(year) ? Status.REVISED
                        : d.submission().warnings() > 0 ? Status.WARNINGS : Status.DELIVERED;
                inForce.put(d.geo() + " " + year, new Cell(year, status, d.submission().id(),
                        d.submission().committedAt()));
            }
        }
        List<Integer> years = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            years.add(y);
        }
        List<Row> rows = new ArrayList<>();
        for (String geo : countries) {
            List<Cell> cells = new ArrayList<>();
            for (int year : years) {
                Cell cell = inForce.get(geo + " " + year);
                cells.add(cell != null ? cell
                        : new Cell(year, now.isBefore(due(year, deadline)) ? Status.MISSING : Status.LATE, null, null));
            }
            rows.add(new Row(geo, cells));
        }
        return new Matrix(years, rows);
    }
}
