package eu.cyberstat.tools.samples;

import eu.cyberstat.problem.Level;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.LongFunction;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample data of data-samples/ (deterministic: the same seed gives the same files):
 * one national submission per EU Member State for 2013-2022 in the formats Member States really
 * send, a Eurostat TSV extract for candidate countries, one deliberate revision, and the
 * deliberately bad files of data-samples/bad (whose expected outcomes are written by hand next
 * to them, not generated). Run it with data-samples/generator/generate.sh.
 */
public final class SampleGenerator {

    public static final long SEED = 20_240_601L;

    /** How much of the classification a country reports. */
    enum Level {
        /** The total, the five groups and every offence. */
        FULL,
        /** The total and the five groups. */
        GROUPS,
        /** The total, CIA, illegal access and computer fraud. */
        PARTIAL,
        /** Only the ICCS 0903 group "acts against computer systems". */
        CIA_ONLY
    }

    /**
     * A sample file and how it must validate: the profile it needs (project-relative), the
     * warnings it is meant to raise (deliberately), and what it demonstrates.
     */
    public record Sample(String path, String country, String profile, List<String> expectedWarnings,
                         String demonstrates) {
    }

    /** Every national sample, in the order a demo submits them (the revision last). */
    public static final List<Sample> SAMPLES = List.of(
            project("at-bk-cybercrime.csv", "AT", "templates/profiles/at-bk.yaml", List.of("W_UNMAPPED_OFFENCE"),
                    "national layout through a mapping profile: years as columns, Windows-1252, ';', '.' thousands, "
                            + "'-' for zero, two national codes added up into one offence, a series break, unmapped "
                            + "codes counted"),
            project("be-crim_off_cat.sdmx1.csv", "BE", null, List.of("W_SKIPPED_UNIT"),
                    "SDMX-CSV 1.0 as Eurostat publishes crim_off_cat: ICCS0903 and ICCS09031, rates (P_HTHAB) skipped"),
            project("bg-2013-2022.csv", "BG", null, List.of(), "project CSV, groups only"),
            project("cy-2013-2022.csv", "CY", null, List.of(),
                    "a country reporting only the ICCS 0903 group (offence written ICCS0903)"),
            project("cz-2013-2022.csv", "CZ", null, List.of(), "project CSV, every offence and suspects"),
            project("de-pks-style.csv", "DE", "templates/profiles/de-pks.yaml", List.of("W_UNMAPPED_OFFENCE"),
                    "the German PKS layout (synthetic figures): ISO-8859-1, ';', ',' thousands, a line of column "
                            + "numbers, two value columns (cases, suspects), series breaks from the profile"),
            project("dk-2013-2022.csv", "DK", null, List.of(), "UTF-8 with BOM and CRLF (Excel 'CSV UTF-8')"),
            project("ee-2013-2022.csv", "EE", null, List.of(), "a confidential value (empty, flag c)"),
            project("el-2013-2022.csv", "EL", null, List.of(), "the geo header alias; an estimate (e) in 2013"),
            project("es-2013-2022.csv", "ES", null, List.of(),
                    "';' and '.' thousands separators, UTF-8 with BOM, CRLF, Spanish notes"),
            project("fi-2013-2022.tsv", "FI", null, List.of(), "tab separated"),
            project("fr-2013-2022.csv", "FR", null, List.of(),
                    "Windows-1252, ';', no-break space as thousands separator, French notes with accents"),
            project("hr-2013-2022.csv", "HR", null, List.of(), "groups only, provisional 2022"),
            project("hu-2013-2022.csv", "HU", null, List.of(), "groups only"),
            project("ie-2015-2022.csv", "IE", null, List.of(), "missing years (reports from 2015), estimates (e)"),
            project("it-2013-2022.xlsx", "IT", null, List.of(),
                    "an Excel workbook: a cover sheet, then the figures in numeric cells and a few text cells"),
            project("lt-2013-2022.csv", "LT", null, List.of(), "every offence"),
            project("lu-2013-2022.csv", "LU", null, List.of("W_AFTER_ZERO"),
                    "a missing year (2017), zeros, and a first case after years of zeros (a warning)"),
            project("lv-2013-2022.csv", "LV", null, List.of(), "low reliability (u)"),
            project("mt-2013-2022.csv", "MT", null, List.of(), "a small country, groups only"),
            project("nl-national.sdmx2.csv", "NL", null, List.of(),
                    "SDMX-CSV 2.0 with the project's own dimensions (offence, indicator), CONF_STATUS"),
            project("pl-2013-2022.txt", "PL", null, List.of(),
                    "Excel 'Unicode text': UTF-16LE with BOM, tab separated, CRLF, Polish notes"),
            project("pt-2013-2022.csv", "PT", null, List.of(), "a break in series (b) in 2018"),
            project("ro-2013-2022.csv", "RO", null, List.of(), "groups only"),
            project("se-2013-2022.csv", "SE", null, List.of(), "every offence and suspects"),
            project("si-2013-2022.csv", "SI", null, List.of(), "groups only"),
            project("sk-2013-2022.csv", "SK", null, List.of(), "definition differs (d) on the total"),
            new Sample("eurostat/estat_crim_off_cat-candidates.tsv", null, null,
                    List.of("W_SKIPPED_UNIT", "W_SKIPPED_NON_CYBER"),
                    "Eurostat TSV for candidate countries (an operator's import): flags after values, ':' and "
                            + "': c', other ICCS categories and rates skipped"),
            new Sample("national/revisions/fr-2021-2022-revision.csv", "FR", null, List.of(),
                    "the one deliberate resubmission: final French figures for 2021 and 2022 replacing the first "
                            + "submission; submit it after fr-2013-2022.csv"));

    private static Sample project(String name, String country, String profile, List<String> warnings, String what) {
        return new Sample("national/" + name, country, profile, warnings, what);
    }

    private static final Set<String> PROVISIONAL_2022 = Set.of("FR", "IT", "ES", "PL", "NL", "LT", "HR", "RO", "EL",
            "BE");
    private static final List<String> GROUPS = List.of("CYB", "CIA", "COMP", "CONT", "IP", "OTHER");
    private static final List<String> PARTIAL = List.of("CYB", "CIA", "CIA_ACCESS", "COMP_FRAUD");

    private final ReferenceData reference;
    private final Path root;

    private SampleGenerator(ReferenceData reference, Path root) {
        this.reference = reference;
        this.root = root;
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "data-samples");
        generate(ReferenceData.shipped(), root);
        System.out.println("Sample data written to " + root.toAbsolutePath().normalize());
    }

    /** Writes every sample under {@code root} (the data-samples folder). */
    public static void generate(ReferenceData reference, Path root) {
        new SampleGenerator(reference, root).writeAll();
    }

    /** One figure of a national file. */
    record Figure(String geo, int year, String offence, String indicator, Long value, String flags, String note) {
    }

    private void writeAll() {
        List<Country> eu = reference.countries().eu27();
        for (int i = 0; i < eu.size(); i++) {
            String geo = eu.get(i).geo();
            NationalModel model = new NationalModel(reference, geo, SEED + 7919L * i, geo.equals("PT") ? 2018 : 0);
            if (geo.equals("LU")) {
                // Terrorist content: none for years, then a first case (a deliberate W_AFTER_ZERO).
                for (int year = NationalModel.FIRST_YEAR; year <= NationalModel.LAST_YEAR; year++) {
                    model.setRecorded(year, "CONT_TERROR", year == 2021 ? 2 : year == 2022 ? 1 : 0);
                }
            }
            writeCountry(model);
        }
        writeRevision();
        writeEurostatCandidates();
        BadSamples.write(root.resolve("bad"));
    }

    // ---- National figures: which offences, years, flags and notes each country gives ----

    private static Level level(String geo) {
        return switch (geo) {
            case "BG", "HR", "HU", "RO", "SI", "LV", "MT" -> Level.GROUPS;
            case "SK", "EL", "IE", "PT" -> Level.PARTIAL;
            case "CY" -> Level.CIA_ONLY;
            default -> Level.FULL;
        };
    }

    private static boolean reportsSuspects(String geo) {
        return Set.of("FR", "ES", "IT", "NL", "FI", "SE", "CZ", "PL").contains(geo);
    }

    private static boolean reports(String geo, int year) {
        return switch (geo) {
            case "IE" -> year >= 2015;
            case "LU" -> year != 2017;
            default -> true;
        };
    }

    private List<String> offences(String geo) {
        return switch (level(geo)) {
            case FULL -> NationalModel.allOffences(reference);
            case GROUPS -> GROUPS;
            case PARTIAL -> PARTIAL;
            case CIA_ONLY -> List.of("CIA");
        };
    }

    private List<Figure> figures(NationalModel m) {
        String geo = m.geo;
        List<Figure> figures = new ArrayList<>();
        for (int year = NationalModel.FIRST_YEAR; year <= NationalModel.LAST_YEAR; year++) {
            if (!reports(geo, year)) {
                continue;
            }
            for (String offence : offences(geo)) {
                figures.add(figure(m, year, offence, "RECORDED"));
                boolean suspectsHere = reportsSuspects(geo) && (GROUPS.contains(offence));
                if (suspectsHere) {
                    figures.add(figure(m, year, offence, "SUSPECTS"));
                }
            }
        }
        return figures;
    }

    private Figure figure(NationalModel m, int year, String offence, String indicator) {
        String geo = m.geo;
        Long value = indicator.equals("RECORDED") ? m.recorded(year, offence) : m.suspects(year, offence);
        StringBuilder flags = new StringBuilder();
        String note = "";
        if (year == NationalModel.LAST_YEAR && PROVISIONAL_2022.contains(geo)) {
            flags.append('p');
            note = provisionalNote(geo);
        }
        if (geo.equals("IE") && (year == 2015 || year == 2016)) {
            flags.append('e');
            note = "Estimated: the national recording system started in 2015";
        }
        if (geo.equals("EL") && year == 2013) {
            flags.append('e');
            note = "Estimated from regional returns";
        }
        if (geo.equals("PT") && year == 2018) {
            flags.append('b');
            note = "Break in series: new recording rules from 2018";
        }
        if (geo.equals("LV") && (year == 2014 || year == 2015) && offence.equals("OTHER")) {
            flags.append('u');
            note = "Low reliability: partial returns";
        }
        if (geo.equals("SK") && offence.equals("CYB")) {
            flags.append('d');
            note = "Includes online fraud recorded under general fraud";
        }
        if (geo.equals("EE") && year == 2019 && offence.equals("CONT_TERROR") && indicator.equals("RECORDED")) {
            value = null;
            flags.append('c');
        }
        if (geo.equals("FR") && offence.equals("CONT_CSAM") && indicator.equals("RECORDED")) {
            note = note.isEmpty() ? "Y compris les images générées par ordinateur"
                    : note + " ; y compris les images générées par ordinateur";
        }
        if (geo.equals("ES") && offence.equals("COMP_FRAUD") && indicator.equals("RECORDED")) {
            note = note.isEmpty() ? "Estafas informáticas (art. 248.2 CP)" : note + "; estafas informáticas";
        }
        if (geo.equals("PL") && offence.equals("COMP_FRAUD") && indicator.equals("RECORDED")) {
            note = note.isEmpty() ? "Oszustwa komputerowe (art. 287 k.k.)" : note + "; oszustwa komputerowe";
        }
        return new Figure(geo, year, offence, indicator, value, flags.toString(), note);
    }

    private static String provisionalNote(String geo) {
        return switch (geo) {
            case "FR" -> "Données provisoires";
            case "ES" -> "Datos provisionales";
            case "IT" -> "Dato provvisorio";
            case "PL" -> "Dane wstępne";
            case "NL" -> "Voorlopige cijfers";
            default -> "Provisional";
        };
    }

    private void writeCountry(NationalModel m) {
        String geo = m.geo;
        List<Figure> figures = figures(m);
        switch (geo) {
            case "AT" -> AustrianLayout.write(root.resolve("national/at-bk-cybercrime.csv"), m);
            case "DE" -> PksLayout.write(root.resolve("national/de-pks-style.csv"), m, reference);
            case "BE" -> writeSdmx1(root.resolve("national/be-crim_off_cat.sdmx1.csv"), m);
            case "NL" -> writeSdmx2(root.resolve("national/nl-national.sdmx2.csv"), figures);
            case "IT" -> writeXlsx(root.resolve("national/it-2013-2022.xlsx"), figures);
            case "FR" -> writeCsv("national/fr-2013-2022.csv", figures, Csv.FRENCH);
            case "ES" -> writeCsv("national/es-2013-2022.csv", figures, Csv.SPANISH);
            case "PL" -> writeCsv("national/pl-2013-2022.txt", figures, Csv.UNICODE_TEXT);
            case "DK" -> writeCsv("national/dk-2013-2022.csv", figures, Csv.EXCEL_UTF8);
            case "FI" -> writeCsv("national/fi-2013-2022.tsv", figures, Csv.TABS);
            case "EL" -> writeCsv("national/el-2013-2022.csv", figures, Csv.GEO_HEADER);
            case "IE" -> writeCsv("national/ie-2015-2022.csv", figures, Csv.PLAIN);
            case "CY" -> writeCsv("national/cy-2013-2022.csv", figures.stream()
                    .map(f -> new Figure(f.geo(), f.year(), "ICCS0903", f.indicator(), f.value(), f.flags(), f.note()))
                    .toList(), Csv.PLAIN);
            default -> writeCsv("national/" + geo.toLowerCase(Locale.ROOT) + "-2013-2022.csv", figures, Csv.PLAIN);
        }
    }

    // ---- The project CSV in its national variants ----

    /** How one country's spreadsheet program writes the project CSV. */
    record Csv(char separator, Charset charset, boolean bom, String newline, String countryHeader,
               LongFunction<String> number) {
        static final Csv PLAIN = new Csv(',', StandardCharsets.UTF_8, false, "\n", "country", Long::toString);
        static final Csv GEO_HEADER = new Csv(',', StandardCharsets.UTF_8, false, "\n", "geo", Long::toString);
        static final Csv EXCEL_UTF8 = new Csv(',', StandardCharsets.UTF_8, true, "\r\n", "country", Long::toString);
        static final Csv TABS = new Csv('\t', StandardCharsets.UTF_8, false, "\n", "country", Long::toString);
        static final Csv FRENCH = new Csv(';', Charset.forName("windows-1252"), false, "\r\n", "country",
                n -> grouped(n, '\u00a0'));
        static final Csv SPANISH = new Csv(';', StandardCharsets.UTF_8, true, "\r\n", "country", n -> grouped(n, '.'));
        static final Csv UNICODE_TEXT = new Csv('\t', StandardCharsets.UTF_16LE, true, "\r\n", "country",
                Long::toString);
    }

    static String grouped(long n, char separator) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(separator);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private void writeCsv(String path, List<Figure> figures, Csv csv) {
        StringBuilder sb = new StringBuilder();
        if (csv.bom()) {
            sb.append('\uFEFF');
        }
        line(sb, csv, csv.countryHeader(), "year", "offence", "indicator", "value", "flags", "note");
        for (Figure f : figures) {
            line(sb, csv, f.geo(), String.valueOf(f.year()), f.offence(), f.indicator(),
                    f.value() == null ? "" : csv.number().apply(f.value()), f.flags(), f.note());
        }
        write(root.resolve(path), sb.toString().getBytes(csv.charset()));
    }

    static void line(StringBuilder sb, Csv csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(csv.separator());
            }
            sb.append(quote(fields[i], csv.separator()));
        }
        sb.append(csv.newline());
    }

    static String quote(String field, char separator) {
        if (field.indexOf(separator) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    // ---- SDMX-CSV ----

    private void writeSdmx1(Path file, NationalModel m) {
        StringBuilder sb = new StringBuilder("DATAFLOW,LAST UPDATE,freq,iccs,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n");
        String flow = "ESTAT:CRIM_OFF_CAT(1.0),15/03/24 23:00:00,A,";
        for (String[] series : new String[][] {{"ICCS0903", "CIA", "NR"}, {"ICCS0903", "CIA", "P_HTHAB"},
                {"ICCS09031", "CIA_ACCESS", "NR"}}) {
            for (int year = NationalModel.FIRST_YEAR; year <= NationalModel.LAST_YEAR; year++) {
                long count = m.recorded(year, series[1]);
                String value = series[2].equals("NR") ? Long.toString(count) : String.format(Locale.ROOT, "%.2f",
                        count * 100_000.0 / NationalModel.population(reference, m.geo, year));
                String flag = year == NationalModel.LAST_YEAR ? "p" : "";
                sb.append(flow).append(series[0]).append(',').append(series[2]).append(",BE,").append(year).append(',')
                        .append(value).append(',').append(flag).append('\n');
            }
        }
        write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void writeSdmx2(Path file, List<Figure> figures) {
        StringBuilder sb = new StringBuilder(
                "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,OFFENCE,INDICATOR,GEO,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS\n");
        for (Figure f : figures) {
            boolean confidential = f.offence().equals("CONT_TERROR") && f.year() == 2018;
            sb.append("dataflow,CYBERSTAT:NATIONAL_CYBERCRIME(1.0),I,A,").append(f.offence()).append(',')
                    .append(f.indicator()).append(',').append(f.geo()).append(',').append(f.year()).append(',')
                    .append(f.value()).append(',').append(f.flags()).append(',').append(confidential ? "C" : "F")
                    .append('\n');
        }
        write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    // ---- Excel ----

    private void writeXlsx(Path file, List<Figure> figures) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(Optional.of(java.util.Date.from(Instant.parse(
                    "2023-03-15T09:00:00Z"))));
            Sheet cover = wb.createSheet("Nota");
            cover.createRow(0).createCell(0).setCellValue("Statistiche della criminalità informatica – Italia");
            cover.createRow(1).createCell(0).setCellValue("Fonte: sintetica (dati di esempio di cyberstat)");
            Sheet data = wb.createSheet("Dati");
            String[] header = {"country", "year", "offence", "indicator", "value", "flags", "note"};
            Row h = data.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            int r = 1;
            for (Figure f : figures) {
                Row row = data.createRow(r++);
                row.createCell(0).setCellValue(f.geo());
                row.createCell(1).setCellValue(f.year());
                row.createCell(2).setCellValue(f.offence());
                row.createCell(3).setCellValue(f.indicator());
                if (f.value() != null) {
                    // A few figures pasted in as text, as happens: the validator reads numbers from text cells too.
                    if (f.offence().equals("CYB") && f.indicator().equals("RECORDED") && f.year() >= 2021) {
                        row.createCell(4).setCellValue(grouped(f.value(), ' '));
                    } else {
                        row.createCell(4).setCellValue(f.value());
                    }
                }
                if (!f.flags().isEmpty()) {
                    row.createCell(5).setCellValue(f.flags());
                }
                if (!f.note().isEmpty()) {
                    row.createCell(6).setCellValue(f.note());
                }
            }
            data.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- The revision and the Eurostat extract ----

    private void writeRevision() {
        List<Figure> revised = new ArrayList<>();
        Random rnd = new Random(SEED ^ 0x5EED);
        int index = reference.countries().eu27().stream().map(Country::geo).toList().indexOf("FR");
        NationalModel fr = new NationalModel(reference, "FR", SEED + 7919L * index, 0);
        for (Figure f : figures(fr)) {
            if (f.year() < 2021) {
                continue;
            }
            Long value = f.value() == null ? null : Math.round(f.value() * (1.01 + 0.04 * rnd.nextDouble()));
            revised.add(new Figure(f.geo(), f.year(), f.offence(), f.indicator(), value, "",
                    "Révision : chiffres définitifs"));
        }
        // Revised children may no longer add up to their revised parents: recompute parents from children.
        writeCsv("national/revisions/fr-2021-2022-revision.csv", addUpRevised(revised), Csv.PLAIN);
    }

    /** Parents of the revision are the sums of their revised children (recorded), so the file stays consistent. */
    private List<Figure> addUpRevised(List<Figure> figures) {
        Map<String, Long> byKey = new java.util.HashMap<>();
        figures.forEach(f -> byKey.put(f.year() + " " + f.offence() + " " + f.indicator(), f.value()));
        List<Figure> result = new ArrayList<>();
        for (Figure f : figures) {
            Long value = f.value();
            if (f.indicator().equals("RECORDED")) {
                value = recordedSum(f.year(), f.offence(), byKey);
            } else {
                long maxChild = reference.offences().children(f.offence()).stream()
                        .mapToLong(c -> byKey.getOrDefault(f.year() + " " + c.code() + " SUSPECTS", 0L)).max().orElse(0);
                value = Math.max(value, maxChild);
            }
            result.add(new Figure(f.geo(), f.year(), f.offence(), f.indicator(), value, f.flags(), f.note()));
        }
        return result;
    }

    private long recordedSum(int year, String offence, Map<String, Long> byKey) {
        var children = reference.offences().children(offence);
        if (children.isEmpty()) {
            return byKey.get(year + " " + offence + " RECORDED");
        }
        long sum = 0;
        for (var c : children) {
            sum += recordedSum(year, c.code(), byKey);
        }
        return sum;
    }

    private void writeEurostatCandidates() {
        List<String> geos = List.of("AL", "ME", "MK", "RS", "XK");
        Random rnd = new Random(SEED + 1);
        StringBuilder sb = new StringBuilder("freq,iccs,unit,geo\\TIME_PERIOD");
        for (int year = NationalModel.FIRST_YEAR; year <= NationalModel.LAST_YEAR; year++) {
            sb.append('\t').append(year).append(' ');
        }
        sb.append('\n');
        Map<String, long[]> counts = new java.util.TreeMap<>();
        for (String iccs : List.of("ICCS0101", "ICCS0903")) {
            for (String geo : geos) {
                double rate = iccs.equals("ICCS0101") ? 1.5 + rnd.nextDouble() * 2 : 3 + rnd.nextDouble() * 8;
                double growth = iccs.equals("ICCS0101") ? 0.98 : 1.06 + rnd.nextDouble() * 0.06;
                long[] c = new long[NationalModel.LAST_YEAR - NationalModel.FIRST_YEAR + 1];
                for (int i = 0; i < c.length; i++) {
                    int year = NationalModel.FIRST_YEAR + i;
                    c[i] = Math.round(rate * Math.pow(growth, i) * NationalModel.population(reference, geo, year)
                            / 100_000.0 * (1 + (rnd.nextDouble() - 0.5) * 0.08));
                }
                counts.put(iccs + "," + geo, c);
            }
        }
        for (String iccs : List.of("ICCS0101", "ICCS0903")) {
            for (String unit : List.of("NR", "P_HTHAB")) {
                for (String geo : geos) {
                    long[] c = counts.get(iccs + "," + geo);
                    sb.append("A,").append(iccs).append(',').append(unit).append(',').append(geo);
                    for (int i = 0; i < c.length; i++) {
                        int year = NationalModel.FIRST_YEAR + i;
                        sb.append('\t').append(tsvCell(geo, iccs, unit, year, c[i]));
                    }
                    sb.append('\n');
                }
            }
        }
        write(root.resolve("eurostat/estat_crim_off_cat-candidates.tsv"), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String tsvCell(String geo, String iccs, String unit, int year, long count) {
        if (geo.equals("ME") && year < 2016 || geo.equals("XK") && year > 2020) {
            return ": ";
        }
        if (geo.equals("XK") && year == 2018 && iccs.equals("ICCS0903")) {
            return ": c";
        }
        String value = unit.equals("NR") ? Long.toString(count)
                : String.format(Locale.ROOT, "%.2f", count * 100_000.0 / NationalModel.population(reference, geo, year));
        return value + " " + (year == NationalModel.LAST_YEAR ? "p" : "");
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeEncrypted(Path file, byte[] workbook, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password); // random salts: the tests compare the outcome, not the bytes
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(workbook);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            write(file, out.toByteArray());
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
