package eu.cyberstat.ingest.profile;

import static eu.cyberstat.ingest.validation.Fixtures.issues;
import static eu.cyberstat.ingest.validation.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.format.InputFormat;
import eu.cyberstat.ingest.validation.Fixtures;
import eu.cyberstat.ingest.validation.ValidatedFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.problem.Check;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingProfileTest {

    @TempDir
    Path dir;

    private static final String LONG_PROFILE = """
            profile: 1
            name: Test police statistics
            source:
              encoding: windows-1252
              separator: ";"
              skipLines: 2
            numbers:
              decimal: ","
              thousands: "."
              missing: ["."]
              zero: ["-"]
            fixed:
              country: AT
            columns:
              offence: Delikt
              year: Jahr
              note: Anmerkung
            values:
              - column: Fälle
                indicator: RECORDED
              - column: Verdächtige
                indicator: SUSPECTS
            offences:
              "0100": { offence: CIA_ACCESS, flags: d, note: "incl. 118a StGB" }
              "0200": CIA_INTERCEPT
              "0210": CIA_INTERCEPT
              "0300": COMP_FRAUD
            ignore:
              - column: Bundesland
                notEquals: Österreich
            years:
              from: 2015
            breaks:
              - offence: "0300"
                year: 2020
                note: New law on fraud
            """;

    private ValidatedFile validate(String profile, String data) {
        Path p = Fixtures.write(dir, "test.yaml", profile);
        Path f = Fixtures.write(dir, "data.csv", data, TextEncodingHolder.CP1252);
        return Fixtures.validate(f, new ValidationRequest(null, p, null));
    }

    /** Windows-1252, as the national exports of the tests are written. */
    private static final class TextEncodingHolder {
        static final java.nio.charset.Charset CP1252 = java.nio.charset.Charset.forName("windows-1252");
    }

    @Test
    void readsALongNationalLayoutIntoProjectFigures() {
        ValidatedFile result = validate(LONG_PROFILE, """
                Polizeiliche Kriminalstatistik
                Stand: 1.3.2023
                Delikt;Bundesland;Jahr;Fälle;Verdächtige;Anmerkung
                100;Österreich;2014;9;1;zu alt
                0100;Österreich;2021;1.234;56;
                0100;Wien;2021;600;20;nur Wien
                0200;Österreich;2021;40;-;
                0210;Österreich;2021;2;.;Abfangen
                0300;Österreich;2020;2.000;300;
                9999;Österreich;2021;7;1;
                8888;Österreich;2021;8;1;
                """);
        assertThat(result.format()).isEqualTo(InputFormat.PROFILE);
        assertThat(issues(result)).containsExactly("W_UNMAPPED_OFFENCE 10 Delikt");
        assertThat(message(result, "W_UNMAPPED_OFFENCE")).startsWith("2 rows were not read, with 2 national offence codes "
                + "that profile test.yaml does not map (9999, 8888). First at line 10.");
        assertThat(result.observations()).containsExactly(
                new Observation("AT", 2021, "CIA_ACCESS", "RECORDED", 1234L, "d", "incl. 118a StGB"),
                new Observation("AT", 2021, "CIA_ACCESS", "SUSPECTS", 56L, "d", "incl. 118a StGB"),
                new Observation("AT", 2021, "CIA_INTERCEPT", "RECORDED", 42L, "", "Abfangen"),
                new Observation("AT", 2021, "CIA_INTERCEPT", "SUSPECTS", 0L, "", ""),
                new Observation("AT", 2020, "COMP_FRAUD", "RECORDED", 2000L, "b", "New law on fraud"),
                new Observation("AT", 2020, "COMP_FRAUD", "SUSPECTS", 300L, "b", "New law on fraud"));
    }

    @Test
    void theSameNationalCodeTwiceIsADuplicate() {
        ValidatedFile result = validate(LONG_PROFILE, """
                x
                y
                Delikt;Bundesland;Jahr;Fälle;Verdächtige;Anmerkung
                0300;Österreich;2021;10;1;
                0300;Österreich;2021;11;1;
                """);
        assertThat(issues(result)).containsExactly("E_DUPLICATE_KEY 5 ", "E_DUPLICATE_KEY 5 ");
    }

    @Test
    void aColumnTheProfileNamesMustBeInTheFile() {
        ValidatedFile result = validate(LONG_PROFILE, """
                x
                y
                Delikt;Land;Jahr;Faelle;Verdächtige;Anmerkung
                0300;Österreich;2021;10;1;
                """);
        assertThat(issues(result)).containsExactly("E_MISSING_COLUMN 3 Fälle", "E_MISSING_COLUMN 3 Bundesland");
        assertThat(result.report().errors().get(0).message()).isEqualTo("Column 'Fälle' is missing from the header. "
                + "Profile test.yaml (line 19) reads it, but the header (line 3) has no such column: correct the name in "
                + "the profile, or the number of lines to skip above the header (skipLines: 2).");
    }

    @Test
    void readsAWideTableWithAYearPerColumn() {
        String profile = """
                profile: 1
                fixed: { country: LU, indicator: RECORDED }
                columns: { offence: Code }
                values:
                  - yearColumns: true
                offences:
                  A1: CIA
                  "010000": CYB
                unmapped: error
                """;
        ValidatedFile result = validate(profile, "Code;Label;2019;2020;2021\nA1;Systems;12;15;:\n10000;Total;40;52;60\n"
                + "B7;Other;1;1;1\n");
        assertThat(issues(result)).containsExactly("E_NOT_A_NUMBER 2 2021", "E_UNMAPPED_OFFENCE 4 Code");
        assertThat(message(result, "E_UNMAPPED_OFFENCE")).startsWith("National offence code 'B7' is not mapped by "
                + "profile test.yaml.");

        ValidatedFile ok = validate(profile.replace("unmapped: error", "unmapped: ignore"),
                "Code;Label;2019;2020\nA1;Systems;12;15\n10000;Total;40;52\nB7;Other;1;1\n");
        assertThat(issues(ok)).isEmpty();
        assertThat(ok.observations()).extracting(o -> o.offence() + " " + o.year() + " " + o.value())
                .containsExactly("CIA 2019 12", "CIA 2020 15", "CYB 2019 40", "CYB 2020 52");
    }

    @Test
    void nationalCodesAreComparedWithoutTheLeadingZerosOfNumericCodes() {
        assertThat(MappingProfile.nationalKey("010000")).isEqualTo("10000");
        assertThat(MappingProfile.nationalKey("10000")).isEqualTo("10000");
        assertThat(MappingProfile.nationalKey("000")).isEqualTo("0");
        assertThat(MappingProfile.nationalKey("0A1")).isEqualTo("0A1");
        assertThat(MappingProfile.nationalKey("")).isEmpty();

        MappingProfile p = MappingProfiles.load(Fixtures.write(dir, "codes.yaml", """
                profile: 1
                fixed: { country: LU, year: 2021, indicator: RECORDED }
                columns: { offence: Code, value: Value }
                offences:
                  "010000": CYB
                  "0010000": COMP
                  "20000": CIA
                  "020000": COMP
                  A01: CONT
                breaks:
                  - { offence: "010000", year: 2021 }
                """), ReferenceData.shipped());
        // The code as written wins; else the first code of the profile with the same key.
        assertThat(p.offence("010000").offence()).isEqualTo("CYB");
        assertThat(p.offence("10000").offence()).isEqualTo("CYB");
        assertThat(p.offence("0010000").offence()).isEqualTo("COMP");
        assertThat(p.offence("020000").offence()).isEqualTo("COMP");
        assertThat(p.offence("00020000").offence()).isEqualTo("CIA");
        assertThat(p.offence("A01").offence()).isEqualTo("CONT");
        assertThat(p.offence("A1")).isNull();
        assertThat(p.offence("30000")).isNull();
        assertThat(p.offences().keySet()).containsExactly("010000", "0010000", "20000", "020000", "A01");

        assertThat(p.breakAt("10000", 2021)).get().extracting(MappingProfile.SeriesBreak::offence).isEqualTo("010000");
        assertThat(p.breakAt("0010000", 2021)).isPresent();
        assertThat(p.breakAt("10000", 2020)).isEmpty();
        assertThat(p.breakAt("20000", 2021)).isEmpty();
    }

    @Test
    void mapsIndicatorAndFlagColumns() {
        String profile = """
                profile: 1
                columns: { country: Land, year: Jahr, offence: Delikt, indicator: Merkmal, value: Wert, flags: Status }
                offences: { X: CYB }
                indicators: { Fälle: RECORDED, Tatverdächtige: SUSPECTS }
                flags: { vorläufig: p, geschätzt: e }
                """;
        ValidatedFile result = validate(profile, "Land;Jahr;Delikt;Merkmal;Wert;Status\nDE;2021;X;Fälle;100;vorläufig\n"
                + "DE;2021;X;Tatverdächtige;20;geschätzt\nDE;2021;X;Opfer;5;\n");
        assertThat(issues(result)).containsExactly("E_UNKNOWN_INDICATOR 4 Merkmal");
        assertThat(validate(profile, "Land;Jahr;Delikt;Merkmal;Wert;Status\nDE;2021;X;Fälle;100;vorläufig\n")
                .observations()).containsExactly(new Observation("DE", 2021, "CYB", "RECORDED", 100L, "p", ""));
    }

    @Test
    void readsAWorkbookSheetNamedByTheProfile() throws IOException {
        Path book = dir.resolve("laender.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            wb.createSheet("Titel").createRow(0).createCell(0).setCellValue("PKS 2023");
            Sheet s = wb.createSheet("T01");
            Row h = s.createRow(0);
            String[] header = {"Schlüssel", "Bundesland", "Anzahl"};
            for (int c = 0; c < 3; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            Object[][] rows = {{"897000", "Bayern", 16397.0}, {"897000", "Bundesrepublik Deutschland", 134407.0}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue((String) rows[r][1]);
                row.createCell(2).setCellValue((Double) rows[r][2]);
            }
            wb.write(out);
        }
        String profile = """
                profile: 1
                source: { sheet: T01 }
                fixed: { country: DE, year: 2023, indicator: RECORDED }
                columns: { offence: Schlüssel, value: Anzahl }
                offences: { "897000": CYB }
                ignore:
                  - { column: Bundesland, notEquals: Bundesrepublik Deutschland }
                """;
        Path p = Fixtures.write(dir, "p.yaml", profile);
        ValidatedFile result = Fixtures.validate(book, new ValidationRequest("DE", p, null));
        assertThat(issues(result)).isEmpty();
        assertThat(result.observations()).containsExactly(new Observation("DE", 2023, "CYB", "RECORDED", 134407L, "", ""));

        Path wrong = Fixtures.write(dir, "q.yaml", profile.replace("sheet: T01", "sheet: T02"));
        ValidatedFile missing = Fixtures.validate(book, new ValidationRequest("DE", wrong, null));
        assertThat(issues(missing)).containsExactly("E_SHEET_NOT_FOUND 0 ");
        assertThat(message(missing, "E_SHEET_NOT_FOUND")).contains("'T02' (its sheets: Titel, T01)");
    }

    @Test
    void yamlSyntaxErrorsNameTheProfileAndLine() {
        Path p = Fixtures.write(dir, "broken.yaml", "profile: 1\ncolumns:\n  offence: Code\n   year: Jahr\n");
        assertThatThrownBy(() -> MappingProfiles.load(p, ReferenceData.shipped()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Profile " + p + ", line 4: mapping values are not allowed here. Check the YAML syntax "
                        + "(indentation, quotes, colons).");
        Path list = Fixtures.write(dir, "list.yaml", "profile: 1\ncolumns:\n  offence: [Code, Label]\n");
        assertThatThrownBy(() -> MappingProfiles.load(list, ReferenceData.shipped()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Profile " + list + ", line 3: a single value is expected here. Check the indentation and "
                        + "the brackets.");
    }

    @Test
    void unknownSettingsAreNamedWithTheirLine() {
        Path p = Fixtures.write(dir, "typo.yaml", "profile: 1\nsource:\n  seperator: \";\"\n");
        assertThatThrownBy(() -> MappingProfiles.load(p, ReferenceData.shipped()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Profile " + p + ", line 3: 'seperator' is not a setting here (known here: "
                        + "encoding, separator, sheet, skipLines)");
    }

    @Test
    void everyWrongCodeOfAProfileIsListedWithItsLine() {
        Path p = Fixtures.write(dir, "codes.yaml", """
                profile: 1
                fixed:
                  country: GR
                columns:
                  offence: Code
                  year: Year
                  colour: Colour
                values:
                  - column: Cases
                    indicator: RECORDS
                offences:
                  A: CYBER
                  B: { offence: CIA, flags: q }
                numbers:
                  decimal: ","
                  thousands: ","
                breaks:
                  - { offence: Z, year: 2020 }
                """);
        assertThatThrownBy(() -> MappingProfiles.load(p, ReferenceData.shipped()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Profile " + p + " is not valid:\n"
                        + "  line 15: the decimal and the thousands separator are both ','.\n"
                        + "  line 7: 'colour' under columns is not a project field; use country, flags, indicator, "
                        + "note, offence, value, year.\n"
                        + "  line 3: 'GR' is not a Eurostat geo code (Greece is EL).\n"
                        + "  line 10: 'RECORDS' is not an indicator; use one of RECORDED, SUSPECTS, VICTIMS, "
                        + "PROSECUTIONS, CONVICTIONS.\n"
                        + "  line 12: 'CYBER' is not an offence of the classification; use a project code (CYB, CIA, "
                        + "CIA_ACCESS, CIA_INTERCEPT, CIA_DATA, CIA_SYSTEM, CIA_DEVICES, COMP, COMP_FORGERY, COMP_FRAUD, "
                        + "COMP_IDTHEFT, CONT, CONT_CSAM, CONT_RACISM, CONT_TERROR, IP, IP_COPYRIGHT, OTHER, "
                        + "OTHER_PRIVACY, OTHER_SPAM, OTHER_TRAFFICKING, OTHER_OTHER).\n"
                        + "  line 13: 'q' are not Eurostat flag letters (bcdefnprsuz).\n"
                        + "  line 18: the break names national code 'Z', which 'offences:' does not map.\n"
                        + "templates/profiles/README.md documents every setting.");
    }

    @Test
    void aProfileSaysWhatItIsAndWhereTheFiguresAre() {
        Path p = Fixtures.write(dir, "empty.yaml", "name: nothing\n");
        assertThatThrownBy(() -> MappingProfiles.load(p, ReferenceData.shipped()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'profile: 1' is missing at the top")
                .hasMessageContaining("nothing gives the country")
                .hasMessageContaining("nothing gives the offence")
                .hasMessageContaining("nothing gives the year")
                .hasMessageContaining("no value column");
        assertThatThrownBy(() -> MappingProfiles.load(dir.resolve("none.yaml"), ReferenceData.shipped()))
                .isInstanceOf(BadInputException.class).hasMessageEndingWith("none.yaml does not exist.");
    }

    @Test
    void theProfileFormatCannotBeForcedWithoutAProfile() {
        Path f = Fixtures.write(dir, "x.csv", "a\n");
        assertThatThrownBy(() -> Fixtures.validate(f, new ValidationRequest(null, null, InputFormat.PROFILE)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--profile FILE");
    }
}
