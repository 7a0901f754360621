package eu.cyberstat.web.route;

import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.web.page.Formats;
import eu.cyberstat.web.page.Frames;
import eu.cyberstat.web.page.Pages;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.query.DeliveryMatrix;
import eu.cyberstat.web.query.SubmissionsInForce;
import eu.cyberstat.web.security.RequestGuard;
import eu.cyberstat.web.account.Role;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The operator's deliveries: Member State × reference year with each cell's status, as a page
 * (filtered by years and status), CSV and a workbook, and for the API as JSON (an uploader's token
 * sees its own country's row). Years from {@code from} to {@code to} (default: the first year with
 * figures in force to the last year whose figures are due by now).
 */
public final class DeliveriesRoutes {

    /** One row of the page. */
    public record PageRow(String geo, String name, List<PageCell> cells) {
    }

    /** One cell of the page. */
    public record PageCell(String status, String label, String submissionId) {
    }

    private final SubmissionsInForce inForce;
    private final ReferenceData reference;
    private final MonthDay deadline;
    private final Pages pages;
    private final Frames frames;
    private final Clock clock;

    public DeliveriesRoutes(SubmissionsInForce inForce, ReferenceData reference, MonthDay deadline, Pages pages,
                            Frames frames, Clock clock) {
        this.inForce = inForce;
        this.reference = reference;
        this.deadline = deadline;
        this.pages = pages;
        this.frames = frames;
        this.clock = clock;
    }

    /** {@code GET /deliveries}. */
    public void page(Context ctx) {
        DeliveryMatrix.Matrix m = matrix(ctx);
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        String status = statusFilter(ctx);
        List<PageRow> rows = new ArrayList<>();
        for (DeliveryMatrix.Row r : m.rows()) {
            if (status == null || r.cells().stream().anyMatch(c -> c.status().code().equals(status))) {
                rows.add(new PageRow(r.geo(), pages.countryName(r.geo(), lang), r.cells().stream().map(c -> new PageCell(
                        c.status().code(), pages.text(lang, "deliveries.status." + c.status().code()),
                        c.submissionId() == null ? "" : c.submissionId())).toList()));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("years", m.years());
        model.put("rows", rows);
        model.put("from", m.years().isEmpty() ? "" : m.years().get(0).toString());
        model.put("to", m.years().isEmpty() ? "" : m.years().get(m.years().size() - 1).toString());
        model.put("status", status == null ? "" : status);
        model.put("statuses", Arrays.stream(DeliveryMatrix.Status.values()).map(s -> new PageCell(s.code(),
                pages.text(lang, "deliveries.status." + s.code()), Long.toString(m.count(s)))).toList());
        model.put("deadline", DateTimeFormatter.ofPattern("d MMMM", lang.locale()).format(deadline));
        model.put("query", ctx.queryString() == null ? "" : "?" + ctx.queryString());
        Pages.respond(ctx, pages.render("deliveries.ftlh", pages.text(lang, "deliveries.title"), frame, model));
    }

    /** {@code GET /deliveries.csv}: country, then one column per year holding the status code. */
    public void csv(Context ctx) {
        DeliveryMatrix.Matrix m = matrix(ctx);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            List<Object> header = new ArrayList<>(List.of("country"));
            header.addAll(m.years());
            csv.printRecord(header);
            for (DeliveryMatrix.Row r : m.rows()) {
                List<Object> line = new ArrayList<>(List.of(r.geo()));
                r.cells().forEach(c -> line.add(c.status().code()));
                csv.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Downloads.send(ctx, "deliveries.csv", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code GET /deliveries.xlsx}: the same matrix as the CSV, a header row in bold. */
    public void xlsx(Context ctx) {
        DeliveryMatrix.Matrix m = matrix(ctx);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Deliveries");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            cell(header, 0, "country", bold);
            for (int i = 0; i < m.years().size(); i++) {
                Cell c = header.createCell(i + 1);
                c.setCellValue(m.years().get(i));
                c.setCellStyle(bold);
            }
            for (int r = 0; r < m.rows().size(); r++) {
                DeliveryMatrix.Row row = m.rows().get(r);
                Row line = sheet.createRow(r + 1);
                cell(line, 0, row.geo(), null);
                for (int i = 0; i < row.cells().size(); i++) {
                    cell(line, i + 1, row.cells().get(i).status().code(), null);
                }
            }
            sheet.createFreezePane(1, 1);
            book.write(out);
            Downloads.send(ctx, "deliveries.xlsx", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET /api/v1/deliveries}. */
    public void api(Context ctx) {
        DeliveryMatrix.Matrix m = matrix(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deadline", deadline.format(DateTimeFormatter.ofPattern("MM-dd")));
        body.put("years", m.years());
        List<Map<String, Object>> countries = new ArrayList<>();
        for (DeliveryMatrix.Row r : m.rows()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (DeliveryMatrix.Cell c : r.cells()) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("year", c.year());
                cell.put("status", c.status().code());
                if (c.submissionId() != null) {
                    cell.put("submissionId", c.submissionId());
                    cell.put("receivedAt", c.received().toString());
                }
                cells.add(cell);
            }
            countries.add(Map.of("country", r.geo(), "years", cells));
        }
        body.put("countries", countries);
        ApiRoutes.send(ctx, 200, body);
    }

    /** The matrix the request asks for: an uploader sees its own country only. */
    private DeliveryMatrix.Matrix matrix(Context ctx) {
        var who = RequestGuard.principal(ctx);
        List<eu.cyberstat.warehousing.SubmissionStore.Delivery> deliveries = inForce.deliveries();
        List<String> countries = who.account().role() == Role.UPLOADER ? List.of(who.account().country())
                : reference.countries().eu27().stream().map(Country::geo).toList();
        int lastDue = clock.instant().atZone(ZoneOffset.UTC).getYear();
        while (clock.instant().isBefore(DeliveryMatrix.due(lastDue, deadline))) {
            lastDue--; // the last reference year whose figures were due by now
        }
        int first = deliveries.stream().flatMap(d -> d.years().stream()).min(Integer::compare).orElse(lastDue);
        int from = year(ctx, "from", first);
        int to = year(ctx, "to", Math.max(lastDue, deliveries.stream().flatMap(d -> d.years().stream())
                .max(Integer::compare).orElse(lastDue)));
        if (to < from || to - from > 50) {
            throw new Problem(HttpStatus.BAD_REQUEST, "error.400.years");
        }
        return DeliveryMatrix.of(deliveries, countries, from, to, deadline, clock.instant());
    }

    private static int year(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        if (!v.strip().matches("(19|20)\\d\\d")) {
            throw new Problem(HttpStatus.BAD_REQUEST, "error.400.years");
        }
        return Integer.parseInt(v.strip());
    }

    private static String statusFilter(Context ctx) {
        String v = ctx.queryParam("status");
        if (v == null || v.isBlank()) {
            return null;
        }
        return Arrays.stream(DeliveryMatrix.Status.values()).map(DeliveryMatrix.Status::code)
                .filter(v.strip().toLowerCase(Locale.ROOT)::equals).findFirst()
                .orElseThrow(() -> new Problem(HttpStatus.BAD_REQUEST, "error.400.status"));
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
