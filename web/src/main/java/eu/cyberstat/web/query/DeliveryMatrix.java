package eu.cyberstat.web.query;

import eu.cyberstat.app.ListDeliveries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deliveries of national figures, country × reference year × offence group, each with its
 * status: what an operator follows during the collection, and what an uploader still owes. Pure:
 * computed from the country-years in force (the use case {@link ListDeliveries}'), the offence
 * groups of the classification, the countries expected, the years asked for, the deadline and the
 * time now.
 */
public final class DeliveryMatrix {

    /**
     * Where a country's figures for a reference year (or for one offence group of it) stand. A cell
     * in force is {@code REVISED} when an earlier submission had given that country-year (whatever
     * the warnings), else {@code WARNINGS} when its submission had warnings, else {@code DELIVERED};
     * a cell without figures is {@code LATE} once the year's deadline has passed, {@code MISSING}
     * before. An offence group has the status of its country-year when the submission in force
     * carries a figure of the group or of one of its offences; when it carries none, the group is
     * still expected: missing, or late once the deadline has passed.
     */
    public enum Status {
        DELIVERED, WARNINGS, REVISED, MISSING, LATE;

        /** The code in the CSV, the workbook and the API: {@code delivered}, {@code warnings} ... */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Still expected: nothing in force yet. */
        public boolean expected() {
            return this == MISSING || this == LATE;
        }
    }

    /**
     * One country and year.
     *
     * @param groups the status of each offence group, in the classification's order
     */
    public record Cell(int year, Status status, String submissionId, Instant received, Map<String, Status> groups) {
        public Cell {
            groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        }

        /** The status of the year as a whole ({@code group} null) or of one offence group. */
        public Status status(String group) {
            return group == null ? status : groups.get(group);
        }

        /** The offence groups still owed: those without figures, missing or late. */
        public List<String> groupsExpected() {
            return groups.entrySet().stream().filter(e -> e.getValue().expected()).map(Map.Entry::getKey).toList();
        }
    }

    /** One country's row. */
    public record Row(String geo, List<Cell> cells) {
    }

    /** The matrix: its years (columns), offence groups and a row per country, in the order asked. */
    public record Matrix(List<Integer> years, List<String> groups, List<Row> rows) {

        public long count(Status status) {
            return count(status, null);
        }

        /** The cells with {@code status} for the year as a whole ({@code group} null) or for one offence group. */
        public long count(Status status, String group) {
            return rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c.status(group) == status).count();
        }
    }

    private DeliveryMatrix() {
    }

    /** The moment figures for {@code year} are late: the end of the deadline day of the following year, UTC. */
    public static Instant due(int year, MonthDay deadline) {
        return LocalDate.of(year + 1, deadline.getMonth(), deadline.getDayOfMonth()).plusDays(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * @param groups the codes of the offence groups to give each cell a status for, in their order
     */
    public static Matrix of(List<ListDeliveries.YearInForce> inForce, List<String> groups, List<String> countries,
                            int fromYear, int toYear, MonthDay deadline, Instant now) {
        Map<String, ListDeliveries.YearInForce> byCountryYear = new HashMap<>();
        inForce.forEach(y -> byCountryYear.put(y.geo() + " " + y.year(), y));
        List<Integer> years = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            years.add(y);
        }
        List<Row> rows = new ArrayList<>();
        for (String geo : countries) {
            List<Cell> cells = new ArrayList<>();
            for (int year : years) {
                ListDeliveries.YearInForce y = byCountryYear.get(geo + " " + year);
                Status notInForce = now.isBefore(due(year, deadline)) ? Status.MISSING : Status.LATE;
                Status status = y == null ? notInForce : y.revised() ? Status.REVISED
                        : y.submission().warnings() > 0 ? Status.WARNINGS : Status.DELIVERED;
                Map<String, Status> byGroup = new LinkedHashMap<>();
                for (String group : groups) {
                    byGroup.put(group, y != null && y.offenceGroups().contains(group) ? status : notInForce);
                }
                cells.add(y == null ? new Cell(year, status, null, null, byGroup)
                        : new Cell(year, status, y.submission().id(), y.submission().committedAt(), byGroup));
            }
            rows.add(new Row(geo, cells));
        }
        return new Matrix(years, List.copyOf(groups), rows);
    }
}
