package eu.cyberstat.ingest.validation;

import static eu.cyberstat.ingest.validation.Fixtures.HEADER;
import static eu.cyberstat.ingest.validation.Fixtures.csv;
import static eu.cyberstat.ingest.validation.Fixtures.issues;
import static eu.cyberstat.ingest.validation.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.format.InputFormat;
import eu.cyberstat.problem.Issue;
import eu.cyberstat.problem.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks on figures, through the project CSV (the other formats feed the same checks). */
class ProjectCsvChecksTest {

    @TempDir
    Path dir;

    @Test
    void acceptsAWellFormedFileAndNormalisesItsFigures() {
        ValidatedFile result = csv(dir, HEADER
                + "DE,2021,CYB,RECORDED,146363,p,\n"
                + "de,2021,cia_access,SUSPECTS,2711,,Ausspähen von Daten\n"
                + "EL,2020,ICCS0903,RECORDED,367,b p,\n"
                + "FR,2020,CIA,RECORDED,,c,\n");

        assertThat(result.report().status()).isEqualTo("accepted");
        assertThat(result.report().rows()).isEqualTo(4);
        assertThat(result.format()).isEqualTo(InputFormat.PROJECT_CSV);
        assertThat(result.observations()).containsExactly(
                new Observation("DE", 2021, "CYB", "RECORDED", 146363L, "p", ""),
                new Observation("DE", 2021, "CIA_ACCESS", "SUSPECTS", 2711L, "", "Ausspähen von Daten"),
                new Observation("EL", 2020, "CIA", "RECORDED", 367L, "bp", ""),
                new Observation("FR", 2020, "CIA", "RECORDED", null, "c", ""));
    }

    @Test
    void acceptsGeoAsTheCountryColumnAndColumnsInAnyOrder() {
        ValidatedFile result = csv(dir, "value,geo,offence,year,indicator\n12,AT,CYB,2020,RECORDED\n");
        assertThat(issues(result)).isEmpty();
        assertThat(result.observations()).containsExactly(new Observation("AT", 2020, "CYB", "RECORDED", 12L, "", ""));
    }

    @Test
    void reportsMissingDuplicateAndExtraColumns() {
        ValidatedFile missing = csv(dir, "country,year,offence,value\nDE,2020,CYB,5\n");
        assertThat(issues(missing)).containsExactly("E_MISSING_COLUMN 1 indicator");
        assertThat(message(missing, "E_MISSING_COLUMN")).contains("country, year, offence, indicator, value");

        ValidatedFile twice = csv(dir, "country,geo,year,offence,indicator,value\nDE,DE,2020,CYB,RECORDED,5\n");
        assertThat(issues(twice)).containsExactly("E_DUPLICATE_COLUMN 1 geo");
        assertThat(message(twice, "E_DUPLICATE_COLUMN")).contains("columns 1 and 2");

        ValidatedFile extra = csv(dir, "country,year,offence,indicator,value,source\nDE,2020,CYB,RECORDED,5,BKA\n");
        assertThat(extra.isAccepted()).isTrue();
        assertThat(issues(extra)).containsExactly("W_EXTRA_COLUMN 1 source");
    }

    @Test
    void rowsWithMoreFieldsThanTheHeaderAreRejectedWithAHintAboutQuoting() {
        ValidatedFile result = csv(dir, HEADER
                + "DE,2020,CYB,RECORDED,12,5,,\n"
                + "DE,2019,CYB,RECORDED,\"12,5\",,\n"
                + "DE,2018,CYB\n");
        assertThat(issues(result)).containsExactly("E_FIELD_COUNT 2 ", "E_NOT_WHOLE 3 value", "E_FIELD_COUNT 4 ");
        assertThat(result.report().errors().get(0).message()).contains("has 8 fields but the header has 7",
                "double quotes");
    }

    @Test
    void rowsMayLeaveOutTrailingOptionalFields() {
        ValidatedFile result = csv(dir, HEADER + "DE,2020,CYB,RECORDED,12\n");
        assertThat(issues(result)).isEmpty();
    }

    @Test
    void requiredFieldsMustNotBeEmpty() {
        ValidatedFile result = csv(dir, HEADER + ",2020,CYB,RECORDED,1,,\nDE,,CYB,RECORDED,1,,\nDE,2020,,RECORDED,1,,\n"
                + "DE,2020,CYB,,1,,\n");
        assertThat(issues(result)).containsExactly("E_MISSING_FIELD 2 country", "E_MISSING_FIELD 3 year",
                "E_MISSING_FIELD 4 offence", "E_MISSING_FIELD 5 indicator");
        assertThat(result.report().errors().get(0).message()).isEqualTo("The country is empty. Every figure needs a country.");
    }

    @Test
    void unknownCountriesGetAHint() {
        ValidatedFile result = csv(dir, HEADER + "GR,2020,CYB,RECORDED,1,,\nGB,2020,CYB,RECORDED,1,,\n"
                + "DEU,2020,CYB,RECORDED,1,,\nGermany,2020,CYB,RECORDED,1,,\nXX,2020,CYB,RECORDED,1,,\n");
        assertThat(issues(result)).containsExactly("E_UNKNOWN_COUNTRY 2 country", "E_UNKNOWN_COUNTRY 3 country",
                "E_UNKNOWN_COUNTRY 4 country", "E_UNKNOWN_COUNTRY 5 country", "E_UNKNOWN_COUNTRY 6 country");
        assertThat(result.report().errors()).extracting(Issue::message).satisfiesExactly(
                m -> assertThat(m).startsWith("'GR' is not a Eurostat geo code. Greece is EL"),
                m -> assertThat(m).contains("The United Kingdom is UK"),
                m -> assertThat(m).contains("DEU is an ISO 3166 alpha-3 code; Germany is DE."),
                m -> assertThat(m).contains("Write Germany as DE."),
                m -> assertThat(m).startsWith("'XX' is not a Eurostat geo code. Use the country's geo code, such as DE")
                        .doesNotContain(".md"));
    }

    @Test
    void knowsTheUnitedKingdomJurisdictionsAndKosovo() {
        ValidatedFile result = csv(dir, HEADER + "UKC-L,2020,CYB,RECORDED,1,,\nUKM,2020,CYB,RECORDED,1,,\n"
                + "UKN,2020,CYB,RECORDED,1,,\nXK,2020,CYB,RECORDED,1,,\n");
        assertThat(issues(result)).isEmpty();
        assertThat(result.report().rows()).isEqualTo(4);
    }

    @Test
    void anUploaderCanOnlySubmitForTheirOwnCountry() {
        Path file = Fixtures.write(dir, "fr.csv", HEADER + "FR,2020,CYB,RECORDED,1,,\nDE,2020,CYB,RECORDED,1,,\n");
        ValidatedFile result = Fixtures.validate(file, ValidationRequest.forCountry("fr"));
        assertThat(issues(result)).containsExactly("E_COUNTRY_MISMATCH 3 country");
        assertThat(message(result, "E_COUNTRY_MISMATCH")).startsWith(
                "This figure is for DE, but the file is submitted for FR.");
        assertThat(result.observations()).isEmpty();
    }

    @Test
    void theUploadersCountryMustBeACountry() {
        Path file = Fixtures.write(dir, "fr.csv", HEADER + "FR,2020,CYB,RECORDED,1,,\n");
        assertThatThrownBy(() -> Fixtures.validate(file, ValidationRequest.forCountry("GR")))
                .isInstanceOf(BadInputException.class).hasMessage("'GR' is not the Eurostat geo code of a reporting "
                        + "country: did you mean EL (Greece)?");
        assertThatThrownBy(() -> Fixtures.validate(file, ValidationRequest.forCountry("EU27_2020")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("is not the Eurostat geo code of a reporting country")
                .hasMessageContaining("cyberstat computes the EU aggregate itself");
    }

    @Test
    void yearsMustBeFourDigitsInRange() {
        int next = Year.now().getValue() + 1;
        ValidatedFile result = csv(dir, HEADER + "DE,2020-Q1,CYB,RECORDED,1,,\nDE,1985,CYB,RECORDED,1,,\n"
                + "DE," + next + ",CYB,RECORDED,1,,\nDE,20,CYB,RECORDED,1,,\n");
        assertThat(issues(result)).containsExactly("E_BAD_YEAR 2 year", "E_YEAR_OUT_OF_RANGE 3 year",
                "E_YEAR_OUT_OF_RANGE 4 year", "E_BAD_YEAR 5 year");
        assertThat(result.report().errors().get(1).message())
                .isEqualTo("Year 1985 is outside the accepted range 1990 to " + Year.now().getValue() + ". Correct the year.");
    }

    @Test
    void theYearRangeIsConfigurable() {
        Path file = Fixtures.write(dir, "old.csv", HEADER + "DE,1985,CYB,RECORDED,1,,\n");
        ValidatedFile result = Fixtures.validate(file, ValidationRequest.detect(),
                ValidationSettings.defaults().withYears(1980, 2020), PriorFigures.NONE);
        assertThat(issues(result)).isEmpty();
    }

    @Test
    void unknownOffencesIndicatorsAndFlagsAreNamed() {
        ValidatedFile result = csv(dir, HEADER + "DE,2020,CIA_ACESS,RECORDED,1,,\nDE,2020,Illegal access,RECORDED,1,,\n"
                + "DE,2020,897000,RECORDED,1,,\nDE,2020,CYB,RECORDS,1,,\nDE,2020,CYB,Suspects,1,,\n"
                + "DE,2020,CYB,VICTIMS,1,px,\n");
        assertThat(issues(result)).containsExactly("E_UNKNOWN_OFFENCE 2 offence", "E_UNKNOWN_OFFENCE 3 offence",
                "E_UNKNOWN_OFFENCE 4 offence", "E_UNKNOWN_INDICATOR 5 indicator", "E_UNKNOWN_FLAG 7 flags");
        assertThat(result.report().errors()).extracting(Issue::message).satisfiesExactly(
                m -> assertThat(m).contains("Did you mean CIA_ACCESS?"),
                m -> assertThat(m).contains("Write 'Illegal access' as CIA_ACCESS."),
                m -> assertThat(m).contains("needs a mapping profile"),
                m -> assertThat(m).contains("Did you mean RECORDED?").contains("RECORDED, SUSPECTS, VICTIMS"),
                m -> assertThat(m).startsWith("'px' is not a valid flag (unknown: x)").contains("b break in time series"));
        // an indicator in another case is the indicator
        assertThat(result.report().errors()).noneMatch(i -> i.line() == 6);
    }

    @Test
    void valuesMustBeWholeNonNegativeNumbers() {
        ValidatedFile result = csv(dir, HEADER + "DE,2013,CYB,RECORDED,n/a,,\nDE,2014,CYB,RECORDED,12.5,,\n"
                + "DE,2015,CYB,RECORDED,-3,,\nDE,2016,CYB,RECORDED,1 23,,\nDE,2017,CYB,RECORDED,(40),,\n"
                + "DE,2018,CYB,RECORDED,99999999999999999999,,\n");
        assertThat(issues(result)).containsExactly("E_NOT_A_NUMBER 2 value", "E_NOT_WHOLE 3 value",
                "E_NEGATIVE 4 value", "E_NOT_A_NUMBER 5 value", "E_NEGATIVE 6 value", "E_NOT_A_NUMBER 7 value");
        assertThat(result.report().errors().get(3).message()).contains("not grouped in threes");
        assertThat(result.report().errors().get(5).message()).contains("far too large");
    }

    @Test
    void anEmptyValueNeedsAFlagOrANote() {
        ValidatedFile result = csv(dir, HEADER + "DE,2020,CYB,RECORDED,,,\nDE,2019,CYB,RECORDED,,c,\n"
                + "DE,2018,CYB,RECORDED,,,not collected before 2019\n");
        assertThat(issues(result)).containsExactly("E_VALUE_MISSING 2 value");
        assertThat(message(result, "E_VALUE_MISSING")).contains("Write 0 if there were none");
    }

    @Test
    void flagsOfSeparatorsOnlyDoNotExplainAnEmptyValue() {
        ValidatedFile result = csv(dir, HEADER + "DE,2020,CYB,RECORDED,,\",\",\nDE,2019,CYB,RECORDED,,;,\n"
                + "DE,2018,CYB,RECORDED,,\" , ; \",\nDE,2017,CYB,RECORDED,,\"c,\",\nDE,2016,CYB,RECORDED,,x,\n");
        assertThat(issues(result)).containsExactly("E_VALUE_MISSING 2 value", "E_VALUE_MISSING 3 value",
                "E_VALUE_MISSING 4 value", "E_UNKNOWN_FLAG 6 flags");
        assertThat(result.isAccepted()).isFalse();
    }

    @Test
    void commaThousandsAndDecimalsAreToldApartByTheSeparator() {
        ValidatedFile semicolons = csv(dir, "country;year;offence;indicator;value;flags;note\n"
                + "DE;2020;CYB;RECORDED;12.345;;\nFR;2019;CYB;RECORDED;1.234.567;;\nIT;2018;CYB;RECORDED;12,5;;\n");
        assertThat(issues(semicolons)).containsExactly("E_NOT_WHOLE 4 value");

        ValidatedFile commas = csv(dir, HEADER + "DE,2020,CYB,RECORDED,\"12,345\",,\nFR,2019,CYB,RECORDED,12.5,,\n");
        assertThat(issues(commas)).containsExactly("E_NOT_WHOLE 3 value");
    }

    @Test
    void aWholeCountWithZeroDecimalsIsWhole() {
        ValidatedFile result = csv(dir, "country;year;offence;indicator;value\nFR;2020;CYB;RECORDED;12 345,00\n"
                + "FR;2019;CYB;RECORDED;12\u00a0000\n");
        assertThat(issues(result)).isEmpty();
        assertThat(result.observations()).extracting(Observation::value).containsExactly(12345L, 12000L);
    }

    @Test
    void anUndecidableSeparatorIsReadAsThousandsWithOneWarning() {
        ValidatedFile result = csv(dir, "country\tyear\toffence\tindicator\tvalue\nDE\t2020\tCYB\tRECORDED\t12.345\n"
                + "DE\t2019\tCYB\tRECORDED\t11.002\nDE\t2018\tCYB\tRECORDED\t9950\n");
        assertThat(issues(result)).containsExactly("W_AMBIGUOUS_NUMBER 2 value");
        assertThat(message(result, "W_AMBIGUOUS_NUMBER")).startsWith(
                "2 values were read as whole numbers (12.345 as 12345; first at line 2): in '12.345', '.' could be");
        assertThat(result.observations()).extracting(Observation::value).containsExactly(12345L, 11002L, 9950L);
    }

    @Test
    void rejectsDuplicateKeysNamingBothLines() {
        ValidatedFile result = csv(dir, HEADER + "DE,2020,CIA,RECORDED,5,,\nDE,2020,CYB,RECORDED,9,,\n"
                + "DE,2020,ICCS0903,RECORDED,5,,\n");
        assertThat(issues(result)).containsExactly("E_DUPLICATE_KEY 4 ");
        assertThat(message(result, "E_DUPLICATE_KEY")).isEqualTo(
                "This figure (DE 2020 CIA RECORDED) is also given on line 2. Keep one of the two rows.");
    }

    @Test
    void childrenOfRecordedOffencesCannotAddUpToMoreThanTheirParent() {
        ValidatedFile result = csv(dir, HEADER
                + "DE,2020,CIA,RECORDED,100,,\n"
                + "DE,2020,CIA_ACCESS,RECORDED,70,,\n"
                + "DE,2020,CIA_SYSTEM,RECORDED,40,,\n"
                + "DE,2021,CIA,RECORDED,100,,\n"
                + "DE,2021,CIA_ACCESS,RECORDED,60,,\n"
                + "DE,2021,CIA_SYSTEM,RECORDED,40,,\n"
                + "DE,2020,CYB,RECORDED,150,,\n"
                + "DE,2020,COMP_FRAUD,RECORDED,60,,\n");
        // 2020: CIA 70+40 > 100; CYB: CIA 100 + COMP_FRAUD 60 > 150. 2021: 60+40 = 100 is fine.
        assertThat(issues(result)).containsExactly("E_CHILDREN_EXCEED_PARENT 2 value", "E_CHILDREN_EXCEED_PARENT 8 value");
        assertThat(result.report().errors().get(0).message()).isEqualTo(
                "The offences under CIA add up to 110 (CIA_ACCESS 70 on line 3, CIA_SYSTEM 40 on line 4), more than "
                        + "the CIA figure 100 on this line. Offences recorded under a category cannot outnumber the "
                        + "category: correct one of them.");
    }

    @Test
    void completeChildrenBelowTheirParentAreAWarning() {
        ValidatedFile result = csv(dir, HEADER + "DE,2020,IP,RECORDED,50,,\nDE,2020,IP_COPYRIGHT,RECORDED,45,,\n"
                + "DE,2021,IP,RECORDED,50,,\nDE,2021,IP_COPYRIGHT,RECORDED,50,,\n");
        assertThat(issues(result)).containsExactly("W_CHILDREN_BELOW_PARENT 2 value");
        assertThat(message(result, "W_CHILDREN_BELOW_PARENT")).contains("add up to 45", "5 are not attributed");
        assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void personsMayBeCountedUnderSeveralOffencesButNotAboveTheirCategory() {
        ValidatedFile result = csv(dir, HEADER + "DE,2020,CIA,SUSPECTS,100,,\nDE,2020,CIA_ACCESS,SUSPECTS,70,,\n"
                + "DE,2020,CIA_SYSTEM,SUSPECTS,40,,\nDE,2020,CIA_DATA,SUSPECTS,120,,\n");
        assertThat(issues(result)).containsExactly("E_CHILD_EXCEEDS_PARENT 5 value");
        assertThat(message(result, "E_CHILD_EXCEEDS_PARENT")).startsWith(
                "CIA_DATA (120) is larger than CIA (100, line 2) for SUSPECTS.");
    }

    @Test
    void confidentialValuesAreLeftOutOfTheConsistencyChecks() {
        ValidatedFile result = csv(dir, HEADER + "DE,2020,CIA,RECORDED,,c,\nDE,2020,CIA_ACCESS,RECORDED,70,,\n");
        assertThat(issues(result)).isEmpty();
    }

    @Test
    void warnsAboutJumpsAgainstThePreviousYearInTheFile() {
        ValidatedFile result = csv(dir, HEADER
                + "DE,2018,CYB,RECORDED,100,,\n"
                + "DE,2019,CYB,RECORDED,400,,\n"   // 4 times
                + "DE,2020,CYB,RECORDED,120,,\n"   // 3.3 times smaller
                + "DE,2021,CYB,RECORDED,0,,\n"     // fall to zero
                + "DE,2022,CYB,RECORDED,7,,\n"     // after zero
                + "AT,2019,CIA,RECORDED,10,,\n"
                + "AT,2020,CIA,RECORDED,45,,\n"    // small counts jump by chance
                + "AT,2021,CIA,RECORDED,500,b,\n"); // a break is expected to jump
        assertThat(issues(result)).containsExactly("W_YOY_JUMP 3 value", "W_YOY_JUMP 4 value", "W_YOY_JUMP 5 value",
                "W_AFTER_ZERO 6 value");
        assertThat(result.report().warnings()).extracting(Issue::message).satisfiesExactly(
                m -> assertThat(m).startsWith("The value 400 is 4.0 times the 2018 figure 100 (line 2 of this file)."),
                m -> assertThat(m).startsWith("The value 120 is 3.3 times smaller than the 2019 figure 400"),
                m -> assertThat(m).startsWith("The value 0 is a fall to zero from the 2020 figure 120"),
                m -> assertThat(m).startsWith("The value 7 follows a zero in 2021 (line 5 of this file)."));
        assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void warnsAboutJumpsAgainstTheWarehouse() {
        Path file = Fixtures.write(dir, "de.csv", HEADER + "DE,2022,CYB,RECORDED,900,,\nDE,2023,CYB,RECORDED,950,,\n"
                + "DE,2022,CIA,RECORDED,60,,\n");
        PriorFigures warehouse = (geo, year, offence, indicator) -> {
            if (geo.equals("DE") && year == 2021 && indicator.equals("RECORDED")) {
                return OptionalLong.of(offence.equals("CYB") ? 200 : 0);
            }
            return OptionalLong.empty();
        };
        ValidatedFile result = Fixtures.validate(file, ValidationRequest.detect(),
                ValidationSettings.defaults().withJump(4, 50), warehouse);
        assertThat(issues(result)).containsExactly("W_YOY_JUMP 2 value", "W_AFTER_ZERO 4 value");
        assertThat(message(result, "W_YOY_JUMP")).startsWith(
                "The value 900 is 4.5 times the 2021 figure 200 (already in the warehouse).");
    }

    @Test
    void skipsNonCyberIccsCodesAndAggregatesWithOneCountedWarningEach() {
        ValidatedFile result = csv(dir, HEADER + "DE,2020,ICCS0701,RECORDED,1,,\nDE,2020,CYB,RECORDED,1,,\n"
                + "DE,2021,ICCS0701,RECORDED,1,,\nDE,2020,ICCS030221,RECORDED,1,,\nEU27_2020,2020,CYB,RECORDED,1,,\n");
        assertThat(issues(result)).containsExactly("W_SKIPPED_NON_CYBER 2 offence", "W_SKIPPED_AGGREGATE 6 country");
        assertThat(message(result, "W_SKIPPED_NON_CYBER")).startsWith(
                "3 rows were skipped: ICCS categories that are not cybercrime by definition (ICCS0701, ICCS030221);");
        assertThat(message(result, "W_SKIPPED_AGGREGATE")).startsWith("1 row was skipped: ");
        assertThat(result.report().rows()).isEqualTo(1);
    }

    @Test
    void aFileOfSkippedRowsHasNoFigures() {
        ValidatedFile result = csv(dir, HEADER + "DE,2020,ICCS0701,RECORDED,1,,\n");
        assertThat(issues(result)).containsExactly("E_NO_FIGURES 0 ", "W_SKIPPED_NON_CYBER 2 offence");
        ValidatedFile headerOnly = csv(dir, HEADER);
        assertThat(issues(headerOnly)).containsExactly("E_NO_FIGURES 0 ");
        assertThat(message(headerOnly, "E_NO_FIGURES")).contains("it has a header and nothing else");
    }

    @Test
    void emptyAndUnrecognisableFilesAreRejected() {
        assertThat(issues(csv(dir, "\n\n  \n"))).containsExactly("E_EMPTY_FILE 0 ");
        ValidatedFile other = csv(dir, "name,amount\nx,1\n");
        assertThat(issues(other)).containsExactly("E_UNKNOWN_FORMAT 1 ");
        assertThat(message(other, "E_UNKNOWN_FORMAT")).startsWith("Cannot tell the format of the file from its first "
                + "row ('name,amount' on line 1).");
        assertThat(other.format()).isNull();
    }

    @Test
    void rejectsFilesOverTheSizeLimit() {
        Path file = Fixtures.write(dir, "big.csv", HEADER + "DE,2020,CYB,RECORDED,1,,\n");
        ValidatedFile result = Fixtures.validate(file, ValidationRequest.detect(),
                ValidationSettings.defaults().withLimits(20, 10, 10), PriorFigures.NONE);
        assertThat(issues(result)).containsExactly("E_FILE_TOO_LARGE 0 ");
        assertThat(message(result, "E_FILE_TOO_LARGE")).startsWith("The file is 73 bytes, more than the limit of 20 "
                + "bytes.");
    }

    @Test
    void rejectsAGzipThatUnpacksBeyondTheSizeLimitThoughItIsSmallOnDisk() throws IOException {
        // Figures that would be accepted, were the file not too large once unpacked.
        StringBuilder sb = new StringBuilder(HEADER);
        for (int year = 1990; year <= 2020; year++) {
            for (String indicator : List.of("RECORDED", "SUSPECTS", "VICTIMS", "PROSECUTIONS", "CONVICTIONS")) {
                sb.append("DE,").append(year).append(",CYB,").append(indicator).append(",100,,\n");
            }
        }
        byte[] content = sb.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            gz.write(content);
        }
        Path file = Fixtures.write(dir, "figures.csv.gz", packed.toByteArray());
        long limit = 2000;
        assertThat(Files.size(file)).isLessThan(limit);
        assertThat((long) content.length).isGreaterThan(limit);

        ValidatedFile result = Fixtures.validate(file, ValidationRequest.detect(),
                ValidationSettings.defaults().withLimits(limit, 10, 10), PriorFigures.NONE);
        assertThat(result.isAccepted()).isFalse();
        assertThat(result.observations()).isEmpty();
        assertThat(issues(result)).containsExactly("E_FILE_TOO_LARGE 0 ");
        assertThat(message(result, "E_FILE_TOO_LARGE")).isEqualTo("The file is compressed (gzip) and unpacks to more "
                + "than the limit of 2000 bytes. Split it (by country or by year) and submit the parts.");
    }

    @Test
    void listsAtMostTheConfiguredIssuesPerCodeAndCountsTheRest() {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int year = 2000; year < 2010; year++) {
            sb.append("XX,").append(year).append(",CYB,RECORDED,1,,\n");
        }
        Path file = Fixtures.write(dir, "many.csv", sb.toString());
        ValidatedFile result = Fixtures.validate(file, ValidationRequest.detect(),
                ValidationSettings.defaults().withMaxIssuesPerCode(3), PriorFigures.NONE);
        assertThat(issues(result)).containsExactly("E_UNKNOWN_COUNTRY 2 country", "E_UNKNOWN_COUNTRY 3 country",
                "E_UNKNOWN_COUNTRY 4 country", "E_UNKNOWN_COUNTRY 0 ");
        assertThat(result.report().errors().get(3).message()).startsWith("7 more lines have this problem");
    }

    @Test
    void reportsEveryProblemOfARowAtOnce() {
        ValidatedFile result = csv(dir, HEADER + "GR,1890,HACK,RECORD,-1,x,\n");
        assertThat(issues(result)).containsExactly("E_UNKNOWN_COUNTRY 2 country", "E_YEAR_OUT_OF_RANGE 2 year",
                "E_UNKNOWN_OFFENCE 2 offence", "E_UNKNOWN_INDICATOR 2 indicator", "E_UNKNOWN_FLAG 2 flags",
                "E_NEGATIVE 2 value");
    }

    @Test
    void valuesFromTheFileAreShownOnOneLineAndShortened() {
        String huge = "x".repeat(5000);
        ValidatedFile result = csv(dir, HEADER + "\"G\r\nR\",2020,CYB,RECORDED,1,,\nDE,2020," + huge + ",RECORDED,1,,\n");
        assertThat(result.report().errors().get(0).message()).startsWith("'G  R' is not a Eurostat geo code.");
        assertThat(result.report().errors().get(1).message()).hasSizeLessThan(800).contains("xxx...'");
    }

    @Test
    void aMissingFileIsAnInputError() {
        assertThatThrownBy(() -> Fixtures.validate(dir.resolve("nope.csv")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("nope.csv does not exist");
    }

    @Test
    void theJsonReportHasTheDocumentedShape() {
        ValidatedFile result = csv(dir, HEADER + "GR,2020,CYB,RECORDED,1,,\n");
        String json = result.report().toJson();
        assertThat(json).contains("\"status\" : \"rejected\"", "\"rows\" : 0", "\"line\" : 2", "\"column\" : \"country\"",
                "\"code\" : \"E_UNKNOWN_COUNTRY\"", "\"warnings\" : [ ]");
        assertThat(ValidationReport.fromJson(json)).isEqualTo(result.report());
    }
}
