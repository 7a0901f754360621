package eu.cyberstat.web.route;

import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.web.page.Frames;
import eu.cyberstat.web.page.Pages;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.query.DeliveryMatrix;
import eu.cyberstat.web.query.Deliveries;
import eu.cyberstat.web.security.RequestGuard;
import eu.cyberstat.web.account.Role;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * The operator's deliveries: Member State × reference year × offence group with each cell's
 * status, as a page (filtered by years, offence group and status), CSV and a workbook, and for
 * the API as JSON (an uploader's token sees its own country's row). Years from {@code from} to
 * {@code to} (default: the first year with figures in force to the last year whose figures are
 * due by now).
 */
public final class DeliveriesRoutes {

    /** The group column's value for the reference year as a whole, in the CSV and the workbook. */
    static final String ALL_GROUPS = "all";

    /** One row of the page. */
    public record PageRow(String geo, String name, List<PageCell> cells) {
    }

    /**
     * One cell of the page.
     *
     * @param detail the offence groups without figures in a cell in force (empty otherwise)
     */
    public record PageCell(String status, String label, String detail) {
    }

    /** One choice of a filter: its value, label and (for a status) how many cells have it. */
    public record Choice(String value, String label, String count) {
    }

    private final Deliveries deliveries;
    private final ReferenceData reference;
    private final Pages pages;
    private final Frames frames;

    public DeliveriesRoutes(Deliveries deliveries, ReferenceData reference, Pages pages, Frames frames) {
        this.deliveries = deliveries;
        this.reference = reference;
        this.pages = pages;
        this.frames = frames;
    }

    /** {@code GET /deliveries}. */
    public void page(Context ctx) {
        DeliveryMatrix.Matrix m = matrix(ctx);
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        String status = statusFilter(ctx);
        String group = groupFilter(ctx, m);
        List<PageRow> rows = new ArrayList<>();
        for (DeliveryMatrix.Row r : m.rows()) {
            if (status == null || r.cells().stream().anyMatch(c -> c.status(group).code().equals(status))) {
                rows.add(new PageRow(r.geo(), pages.countryName(r.geo(), lang), r.cells().stream()
                        .map(c -> pageCell(c, group, lang)).toList()));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("years", m.years());
        model.put("rows", rows);
        model.put("from", m.years().isEmpty() ? "" : m.years().get(0).toString());
        model.put("to", m.years().isEmpty() ? "" : m.years().get(m.years().size() - 1).toString());
        model.put("status", status == null ? "" : status);
        model.put("statuses", Arrays.stream(DeliveryMatrix.Status.values()).map(s -> new Choice(s.code(),
                pages.text(lang, "deliveries.status." + s.code()), Long.toString(m.count(s, group)))).toList());
        model.put("group", group == null ? "" : group);
        model.put("groupName", group == null ? "" : groupName(group, lang));
        model.put("groups", m.groups().stream().map(g -> new Choice(g, groupName(g, lang), "")).toList());
        model.put("deadline", DateTimeFormatter.ofPattern("d MMMM", lang.locale()).format(deliveries.deadline()));
        model.put("query", ctx.queryString() == null ? "" : "?" + ctx.queryString());
        Pages.respond(ctx, pages.render("deliveries.ftlh", pages.text(lang, "deliveries.title"), frame, model));
    }

    private PageCell pageCell(DeliveryMatrix.Cell c, String group, Language lang) {
        DeliveryMatrix.Status s = c.status(group);
        String detail = "";
        if (group == null && !s.expected()) {
            List<String> none = c.groupsExpected();
            detail = none.isEmpty() ? "" : pages.text(lang, "deliveries.groups.none", String.join(", ", none));
        }
        return new PageCell(s.code(), pages.text(lang, "deliveries.status." + s.code()), detail);
    }

    private String groupName(String group, Language lang) {
        return reference.offences().get(group).label().in(lang);
    }

    /**
     * {@code GET /deliveries.csv}: country and offence group ({@value #ALL_GROUPS} for the year as a
     * whole, then each group, or the one asked for), then one column per year holding the status code.
     */
    public void csv(Context ctx) {
        DeliveryMatrix.Matrix m = matrix(ctx);
        String group = groupFilter(ctx, m);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            List<Object> header = new ArrayList<>(List.of("country", "group"));
            header.addAll(m.years());
            csv.printRecord(header);
            for (List<String> line : lines(m, group)) {
                csv.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Downloads.send(ctx, "deliveries.csv", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The lines of the downloads: per country, the year as a whole then each group (or only {@code group}). */
    private static List<List<String>> lines(DeliveryMatrix.Matrix m, String group) {
        List<String> groups = new ArrayList<>();
        if (group == null) {
            groups.add(null);
            groups.addAll(m.groups());
        } else {
            groups.add(group);
        }
        List<List<String>> lines = new ArrayList<>();
        for (DeliveryMatrix.Row r : m.rows()) {
            for (String g : groups) {
                List<String> line = new ArrayList<>(List.of(r.geo(), g == null ? ALL_GROUPS : g));
                r.cells().forEach(c -> line.add(c.status(g).code()));
                lines.add(line);
            }
        }
        return lines;
    }

    /** {@code GET /deliveries.xlsx}: the same lines as the CSV, a header row in bold. */
    public void xlsx(Context ctx) {
        DeliveryMatrix.Matrix m = matrix(ctx);
        List<List<String>> lines = lines(m, groupFilter(ctx, m));
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Deliveries");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            cell(header, 0, "country", bold);
            cell(header, 1, "group", bold);
            for (int i = 0; i < m.years().size(); i++) {
                Cell c = header.createCell(i + 2);
                c.setCellValue(m.years().get(i));
                c.setCellStyle(bold);
            }
            for (int r = 0; r < lines.size(); r++) {
                Row line = sheet.createRow(r + 1);
                for (int i = 0; i < lines.get(r).size(); i++) {
                    cell(line, i, lines.get(r).get(i), null);
                }
            }
            sheet.createFreezePane(2, 1);
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
        body.put("deadline", deliveries.deadline().format(DateTimeFormatter.ofPattern("MM-dd")));
        body.put("years", m.years());
        body.put("groups", m.groups());
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
                Map<String, String> groups = new LinkedHashMap<>();
                c.groups().forEach((g, s) -> groups.put(g, s.code()));
                cell.put("groups", groups);
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
        List<String> countries = who.account().role() == Role.UPLOADER ? List.of(who.account().country())
                : reference.countries().eu27().stream().map(Country::geo).toList();
        return deliveries.matrix(countries, year(ctx, "from"), year(ctx, "to"));
    }

    private static Integer year(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
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

    /** The offence group asked for (null: the year as a whole); an unknown group is a bad request. */
    private static String groupFilter(Context ctx, DeliveryMatrix.Matrix m) {
        String v = ctx.queryParam("group");
        if (v == null || v.isBlank()) {
            return null;
        }
        return m.groups().stream().filter(v.strip().toUpperCase(Locale.ROOT)::equals).findFirst()
                .orElseThrow(() -> new Problem(HttpStatus.BAD_REQUEST, "error.400.group"));
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
