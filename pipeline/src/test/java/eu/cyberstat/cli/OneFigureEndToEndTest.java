package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.reference.ReferenceData;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One figure followed from the uploaded file to every output: Austria's 12 345 offences of
 * 2022 are submitted through the command line with Slovenia's, the year is run, and the figure
 * and its rate per 100 000 inhabitants (computed here by hand) are found in the metrics CSV, the
 * SDMX file, the workbook's cells and the PDF text of Austria's page and of the EU tables.
 */
class OneFigureEndToEndTest {

    private static final int YEAR = 2022;
    private static final long AUSTRIA = 12_345;
    private static final long SLOVENIA = 3_210;
    /** Austria's population on 1 January 2022 in the shipped table (checked below). */
    private static final long AUSTRIA_POPULATION = 8_978_900;
    private static final long SLOVENIA_POPULATION = 2_107_200;
    // By hand: 12 345 × 100 000 / 8 978 900 = 137.489 00…, published with two decimals, printed with one.
    private static final String RATE = "137.49";
    private static final String RATE_PRINTED = "137.5";
    // The EU27: (12 345 + 3 210) × 100 000 / (8 978 900 + 2 107 200) = 15 555 00 000 / 11 086 100 = 140.310 8…
    private static final String EU_RATE = "140.31";

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void submitAndRun() throws Exception {
        TestSpark.session();
        Path warehouse = dir.resolve("warehouse");
        Path at = dir.resolve("at-2022.csv");
        Files.writeString(at, """
                country,year,offence,indicator,value,flags,note
                AT,2021,CYB,RECORDED,11000,,
                AT,2022,CYB,RECORDED,%d,,
                """.formatted(AUSTRIA));
        Path si = dir.resolve("si-2022.csv");
        Files.writeString(si, """
                country,year,offence,indicator,value,flags,note
                SI,2021,CYB,RECORDED,3000,,
                SI,2022,CYB,RECORDED,%d,,
                """.formatted(SLOVENIA));
        for (Path file : List.of(at, si)) {
            String country = file.getFileName().toString().substring(0, 2).toUpperCase(java.util.Locale.ROOT);
            Cli submitted = Cli.run("submit", file.toString(), "--country", country, "--warehouse", warehouse.toString());
            assertThat(submitted.status()).as(submitted.out() + submitted.err()).isEqualTo(ExitCode.OK);
        }
        out = dir.resolve("out");
        Cli run = Cli.run("run", "--year", String.valueOf(YEAR), "--warehouse", warehouse.toString(),
                "--out", out.toString());
        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theRateIsComputedFromTheShippedPopulation() {
        assertThat(ReferenceData.shipped().population().populationOf("AT", YEAR)).hasValue(AUSTRIA_POPULATION);
        assertThat(ReferenceData.shipped().population().populationOf("SI", YEAR)).hasValue(SLOVENIA_POPULATION);
    }

    @Test
    void theMetricsCsvHasTheFigureItsRateAndTheEuSum() throws Exception {
        Map<String, CSVRecord> rows = new TreeMap<>();
        for (CSVRecord r : csv(out.resolve("metrics-" + YEAR + ".csv"))) {
            rows.put(r.get("geo") + " " + r.get("offence") + " " + r.get("indicator") + " " + r.get("year"), r);
        }
        CSVRecord austria = rows.get("AT CYB RECORDED " + YEAR);
        assertThat(austria.get("value")).isEqualTo(String.valueOf(AUSTRIA));
        assertThat(austria.get("rate_per_100k")).isEqualTo(RATE);
        assertThat(austria.get("conf_status")).isEqualTo("F");
        CSVRecord eu = rows.get("EU27_2020 CYB RECORDED " + YEAR);
        assertThat(eu.get("value")).isEqualTo(String.valueOf(AUSTRIA + SLOVENIA));
        assertThat(eu.get("rate_per_100k")).isEqualTo(EU_RATE);
        assertThat(eu.get("countries_covered")).isEqualTo("2");
    }

    @Test
    void theSdmxFileHasTheFigureAndItsRate() throws Exception {
        Map<String, String> austria = new TreeMap<>();
        for (CSVRecord r : csv(out.resolve("sdmx-" + YEAR + ".csv"))) {
            if (r.get("GEO").equals("AT") && r.get("OFFENCE").equals("CYB") && r.get("INDICATOR").equals("RECORDED")
                    && r.get("TIME_PERIOD").equals(String.valueOf(YEAR))) {
                austria.put(r.get("UNIT"), r.get("OBS_VALUE") + "|" + r.get("CONF_STATUS"));
            }
        }
        assertThat(austria).containsEntry("NR", AUSTRIA + "|F").containsEntry("P_HTHAB", RATE + "|F");
    }

    @Test
    void theWorkbookHoldsTheFigureAndItsRateAsNumbers() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("report-" + YEAR + "-en.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet figures = wb.getSheet(englishMessage("sheet.name.figures"));
            Map<String, Integer> column = header(figures);
            Row austria = null;
            for (Row r : figures) {
                if (r.getRowNum() > 3 && text(r, column.get("geo")).equals("AT") && text(r, column.get("offence")).equals("CYB")
                        && text(r, column.get("indicator")).equals("RECORDED")
                        && r.getCell(column.get("year")).getNumericCellValue() == YEAR) {
                    austria = r;
                }
            }
            assertThat(austria).as("Austria's row in the figures sheet").isNotNull();
            assertThat(austria.getCell(column.get("value")).getNumericCellValue()).isEqualTo((double) AUSTRIA);
            assertThat(austria.getCell(column.get("rate_per_100k")).getNumericCellValue())
                    .isEqualTo(Double.parseDouble(RATE));
        }
    }

    @Test
    void thePdfShowsTheFigureOnAustriasPageAndInTheEuTables() throws Exception {
        List<String> pages = PdfPages.of(out.resolve("report-" + YEAR + "-en.pdf"));
        String runningHead = "Cybercrime in the European Union — annual report " + YEAR;
        List<String> austria = PdfPages.startingWith(pages, runningHead, "Austria");
        assertThat(austria).as("Austria's profile page").hasSize(1);
        assertThat(lines(austria.get(0))).anySatisfy(l -> assertThat(l).startsWith("All cybercrime 12,345 137.5"));
        assertThat(austria.get(0)).contains("the police recorded 12,345 cybercrime offences, " + RATE_PRINTED);

        // The first "countries compared" table is that of all cybercrime.
        String compared = pages.stream().filter(p -> p.contains("cybercrime: countries compared, " + YEAR))
                .findFirst().orElseThrow();
        assertThat(lines(compared)).anySatisfy(l -> assertThat(l).startsWith("Austria 12,345 " + RATE_PRINTED + " +12.2%"));
        assertThat(lines(compared)).anySatisfy(l -> assertThat(l)
                .startsWith("European Union (27 countries) 15,555 140.3"));

        // (PDFBox may split a title's kerned first letters, "O ffences": titles are matched from their second word.)
        String euTrend = pages.stream().filter(p -> p.contains("recorded by the police, EU27, by offence group"))
                .findFirst().orElseThrow();
        assertThat(lines(euTrend)).anySatisfy(l -> assertThat(l).startsWith("All cybercrime").endsWith("14,000 15,555"));
    }

    private static List<String> lines(String page) {
        return page.lines().map(String::strip).toList();
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)
                    .getRecords());
        }
    }

    /** A word of the English report, as the shipped templates write it. */
    private static String englishMessage(String key) throws IOException {
        java.util.Properties messages = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of(System.getProperty("cyberstat.home"), "templates", "report",
                "messages", "messages_en.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages.getProperty(key);
    }

    private static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> column = new TreeMap<>();
        for (Cell c : sheet.getRow(2)) { // the metrics CSV column names, above the headers
            column.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return column;
    }

    private static String text(Row r, int column) {
        Cell c = r.getCell(column);
        return c == null ? "" : c.getStringCellValue();
    }
}
