package eu.cyberstat.web.query;

import eu.cyberstat.app.ListDeliveries;
import eu.cyberstat.web.page.Problem;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.MonthDay;
import java.time.ZoneOffset;
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
        int lastDue = clock.instant().atZone(ZoneOffset.UTC).getYear();
        while (clock.instant().isBefore(DeliveryMatrix.due(lastDue, deadline))) {
            lastDue--; // the last reference year whose figures were due by now
        }
        int first = years.stream().mapToInt(ListDeliveries.YearInForce::year).min().orElse(lastDue);
        int last = Math.max(lastDue, years.stream().mapToInt(ListDeliveries.YearInForce::year).max().orElse(lastDue));
        int fromYear = from == null ? first : from;
        int toYear = to == null ? last : to;
        if (toYear < fromYear || toYear - fromYear > MAX_YEARS) {
            throw new Problem(HttpStatus.BAD_REQUEST, "error.400.years");
        }
        return DeliveryMatrix.of(years, inForce.offenceGroups(), countries, fromYear, toYear, deadline,
                clock.instant());
    }
}
