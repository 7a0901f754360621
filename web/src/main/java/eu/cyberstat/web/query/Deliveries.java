package eu.cyberstat.web.query;

import eu.cyberstat.app.ListDeliveries;
import eu.cyberstat.web.page.Problem;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The delivery matrix as the portal shows it, for the operator's deliveries and for an uploader's
 * start page alike: the country-years in force now, against the configured deadline and the
 * portal's clock, over the years asked for or by default from the first year with figures in
 * force to the last year whose figures are due by now.
 */
public final class Deliveries {

    /** The widest span of years a matrix covers. */
    private static final int MAX_YEARS = 50;

    private final SubmissionsInForce inForce;
    private final MonthDay deadline;
    private final Clock clock;

    public Deliveries(SubmissionsInForce inForce, MonthDay deadline, Clock clock) {
        this.inForce = inForce;
        this.deadline = deadline;
        this.clock = clock;
    }

    public MonthDay deadline() {
        return deadline;
    }

    /**
     * The matrix of {@code countries} from {@code from} to {@code to} (each null: the default); a
     * bad request when the years are the wrong way round or too many.
     */
    public DeliveryMatrix.Matrix matrix(List<String> countries, Integer from, Integer to) {
        List<ListDeliveries.YearInForce> years = inForce.deliveries();
        return matrix(years, countries, from == null ? firstYear(years) : from, to == null ? lastYear(years) : to);
    }

    private DeliveryMatrix.Matrix matrix(List<ListDeliveries.YearInForce> years, List<String> countries, int from,
                                         int to) {
        if (to < from || to - from > MAX_YEARS) {
            throw new Problem(HttpStatus.BAD_REQUEST, "error.400.years");
        }
        return DeliveryMatrix.of(years, inForce.offenceGroups(), countries, from, to, deadline, clock.instant());
    }

    /** The default first year: the first with figures in force (the last due when there are none). */
    private int firstYear(List<ListDeliveries.YearInForce> years) {
        return years.stream().mapToInt(ListDeliveries.YearInForce::year).min().orElse(lastDue());
    }

    /** The default last year: the last whose figures are due by now, or a later one with figures in force. */
    private int lastYear(List<ListDeliveries.YearInForce> years) {
        return Math.max(lastDue(), years.stream().mapToInt(ListDeliveries.YearInForce::year).max().orElse(0));
    }

    /** The last reference year whose figures were due by now. */
    private int lastDue() {
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        while (clock.instant().isBefore(DeliveryMatrix.due(year, deadline))) {
            year--;
        }
        return year;
    }

    /**
     * What {@code geo} still owes, from its row of the matrix over the operator's default years and
     * the year being collected now (due at the next deadline, once it has ended): each year or
     * offence group missing or late, the latest first.
     */
    public List<Expected> expected(String geo) {
        List<ListDeliveries.YearInForce> years = inForce.deliveries();
        // Up to the year being collected, never the year under way: its figures come once it has ended.
        int underWay = clock.instant().atZone(ZoneOffset.UTC).getYear();
        DeliveryMatrix.Matrix m = matrix(years, List.of(geo), firstYear(years), Math.max(lastYear(years),
                Math.min(lastDue() + 1, underWay - 1)));
        List<Expected> out = new ArrayList<>();
        for (DeliveryMatrix.Cell c : m.rows().get(0).cells()) {
            if (c.status().expected()) {
                out.add(new Expected(c.year(), c.status(), List.of(), DeliveryMatrix.due(c.year(), deadline)));
            } else {
                // A year in force: its groups without figures, all missing or all late by the year's deadline.
                List<String> groups = c.groupsExpected();
                if (!groups.isEmpty()) {
                    out.add(new Expected(c.year(), c.groups().get(groups.get(0)), groups,
                            DeliveryMatrix.due(c.year(), deadline)));
                }
            }
        }
        out.sort(Comparator.comparingInt(Expected::year).reversed());
        return out;
    }

    /**
     * A reference year still expected from a country, as a whole ({@code groups} empty) or for some
     * offence groups of a year in force.
     *
     * @param status {@code MISSING} or {@code LATE}
     * @param due    the moment the year's figures are late
     */
    public record Expected(int year, DeliveryMatrix.Status status, List<String> groups, Instant due) {
        public Expected {
            groups = List.copyOf(groups);
        }
    }
}
