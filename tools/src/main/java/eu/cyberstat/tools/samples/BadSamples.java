package eu.cyberstat.tools.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The deliberately bad files of data-samples/bad. What each must produce is written by hand in
 * the {@code .expected.json} next to it (and checked by BadSamplesTest), never generated.
 */
final class BadSamples {

    /** The text files, by name: each shows a few problems an uploader really makes. */
    static final Map<String, String> TEXT = new LinkedHashMap<>();

    static {
        TEXT.put("unknown-codes.csv", """
                country,year,offence,indicator,value,flags,note
                GR,2021,CYB,RECORDED,410,,
                de,2021,cyb,recorded,146363,,lower case codes are fine
                DE,2021,CIA-ACCESS,RECORDED,12000,,
                DE,2021,CYB,RECORDS,29855,,
                DE,2021,COMP_FRAUD,RECORDED,18086,x,
                """);
        TEXT.put("bad-values.csv", """
                country;year;offence;indicator;value;flags;note
                AT;2021;CYB;RECORDED;12,5;;
                AT;2020;CYB;RECORDED;-4;;
                AT;2019;CYB;RECORDED;n/a;;
                AT;2018;CYB;RECORDED;;;
                AT;2017;CYB;RECORDED;;c;confidential: fewer than three cases in a region
                AT;2016;CYB;RECORDED;1.23.456;;
                AT;2023-Q1;CYB;RECORDED;5;;
                AT;1985;CYB;RECORDED;5;;
                AT;2015;CYB;RECORDED;12.345;;
                """);
        TEXT.put("duplicates-and-consistency.csv", """
                country,year,offence,indicator,value,flags,note
                SI,2021,CIA,RECORDED,300,,
                SI,2021,CIA_ACCESS,RECORDED,250,,
                SI,2021,CIA_SYSTEM,RECORDED,90,,
                SI,2021,ICCS0903,RECORDED,300,,
                SI,2021,CYB,SUSPECTS,80,,
                SI,2021,COMP,SUSPECTS,95,,
                SI,2021,IP,RECORDED,40,,
                SI,2021,IP_COPYRIGHT,RECORDED,31,,
                """);
        TEXT.put("wrong-country.csv", """
                country,year,offence,indicator,value,flags,note
                FR,2021,CYB,RECORDED,45000,,
                FR,2022,CYB,RECORDED,47000,p,
                BE,2022,CYB,RECORDED,30000,,
                """);
        TEXT.put("missing-column.csv", """
                country,year,offence,value,flags
                NL,2021,CYB,4865,
                """);
        TEXT.put("unquoted-decimal-comma.csv", """
                country,year,offence,indicator,value,flags,note
                HU,2021,CYB,RECORDED,4301,,
                HU,2022,CYB,RECORDED,4420,5,,
                """);
        TEXT.put("broken-quote.csv", """
                country,year,offence,indicator,value,flags,note
                LT,2021,CYB,RECORDED,1866,,"Includes attempts
                LT,2022,CYB,RECORDED,2848,p,
                """);
        TEXT.put("not-statistics.csv", """
                Name,Department,Phone
                Anna,IT,1234
                """);
        TEXT.put("warnings-only.tsv", String.join("\n",
                "country\tyear\toffence\tindicator\tvalue\tflags\tnote\tsource",
                "CZ\t2019\tCIA\tRECORDED\t1.092\t\t\tpolice",
                "CZ\t2020\tCIA\tRECORDED\t1.287\t\t\tpolice",
                "CZ\t2021\tCIA\tRECORDED\t5.866\t\t\tpolice",
                "CZ\t2020\tCONT_TERROR\tRECORDED\t0\t\t\tpolice",
                "CZ\t2021\tCONT_TERROR\tRECORDED\t3\t\t\tpolice",
                "CZ\t2021\tICCS0701\tRECORDED\t25.012\t\t\tpolice",
                "EU27_2020\t2021\tCIA\tRECORDED\t98.765\t\t\tEurostat", ""));
        TEXT.put("sdmx-delete.sdmx2.csv", """
                STRUCTURE,STRUCTURE_ID,ACTION,FREQ,ICCS,UNIT,GEO,TIME_PERIOD,OBS_VALUE,OBS_FLAG
                dataflow,ESTAT:CRIM_OFF_CAT(1.0),I,A,ICCS0903,NR,SE,2021,11566,
                dataflow,ESTAT:CRIM_OFF_CAT(1.0),D,A,ICCS0903,NR,SE,2020,,
                dataflow,ESTAT:CRIM_OFF_CAT(1.0),I,Q,ICCS0903,NR,SE,2022-Q1,2400,
                """);
        TEXT.put("national-unmapped.csv", """
                Code;Label;2020;2021
                A1;Zugriff auf Computersysteme;120;140
                Z9;Unbekannt;5;6
                TOT;Gesamt;900;1.000
                """);
        TEXT.put("national-unmapped.yaml", """
                # A profile that wants every national code mapped (unmapped: error).
                profile: 1
                name: Strict example
                source: { separator: ";" }
                numbers: { decimal: ",", thousands: "." }
                fixed: { country: LU, indicator: RECORDED }
                columns: { offence: Code }
                values:
                  - yearColumns: true
                offences:
                  A1: CIA_ACCESS
                  TOT: CYB
                unmapped: error
                """);
    }

    private BadSamples() {
    }

    static void write(Path dir) {
        TEXT.forEach((name, text) -> SampleGenerator.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8)));
        byte[] workbook = workbook();
        SampleGenerator.writeEncrypted(dir.resolve("encrypted.xlsx"), workbook, "cyberstat");
        SampleGenerator.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(workbook, workbook.length / 2));
    }

    /** A small, valid workbook in the project layout (then locked with a password, or cut in half). */
    static byte[] workbook() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Data");
            String[][] rows = {{"country", "year", "offence", "indicator", "value"}, {"RO", "2021", "CYB", "RECORDED", "1502"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
