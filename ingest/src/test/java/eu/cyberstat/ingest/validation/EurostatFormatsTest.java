package eu.cyberstat.ingest.validation;

import static eu.cyberstat.ingest.validation.Fixtures.issues;
import static eu.cyberstat.ingest.validation.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.format.InputFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EurostatFormatsTest {

    @TempDir
    Path dir;

    private static final String TSV_HEADER = "freq,iccs,unit,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \n";

    @Test
    void readsEurostatTsvWithFlagsMissingValuesAndTrailingSpaces() {
        Path file = Fixtures.write(dir, "crim.tsv", TSV_HEADER
                + "A,ICCS0903,NR,AT\t7292 \t12585 p\t: \n"
                + "A,ICCS0903,NR,BE\t: c\t9430 bp\t8837 e\n"
                + "A,ICCS09031,NR,BE\t: \t: \t: \n"
                + "A,ICCS0903,P_HTHAB,AT\t82.31 \t141.39 \t: \n"
                + "A,ICCS0101,NR,AT\t58 \t61 \t: \n"
                + "A,ICCS0101,P_HTHAB,AT\t0.65 \t0.68 \t: \n"
                + "A,ICCS0701,NR,BE\t1 \t2 \t3 \n"
                + "A,ICCS0903,NR,EU27_2020\t100 \t200 \t: \n");
        ValidatedFile result = Fixtures.validate(file);

        assertThat(result.format()).isEqualTo(InputFormat.EUROSTAT_TSV);
        assertThat(result.observations()).containsExactly(
                new Observation("AT", 2019, "CIA", "RECORDED", 7292L, "", ""),
                new Observation("AT", 2020, "CIA", "RECORDED", 12585L, "p", ""),
                new Observation("BE", 2019, "CIA", "RECORDED", null, "c", ""),
                new Observation("BE", 2020, "CIA", "RECORDED", 9430L, "bp", ""),
                new Observation("BE", 2021, "CIA", "RECORDED", 8837L, "e", ""));
        assertThat(issues(result)).containsExactly("W_SKIPPED_UNIT 5 unit", "W_SKIPPED_NON_CYBER 6 iccs",
                "W_SKIPPED_AGGREGATE 9 geo");
        assertThat(message(result, "W_SKIPPED_UNIT")).startsWith("2 rows were skipped: units other than counts (P_HTHAB)");
        assertThat(message(result, "W_SKIPPED_NON_CYBER")).startsWith("2 rows were skipped: ICCS categories that are not "
                + "cybercrime by definition (ICCS0101, ICCS0701)");
        // One row: the verb agrees, in every language.
        assertThat(message(result, "W_SKIPPED_AGGREGATE")).startsWith("1 row was skipped: figures for aggregates (EU27_2020)");
        var aggregate = result.report().warnings().stream().filter(i -> i.code().equals("W_SKIPPED_AGGREGATE")).findFirst()
                .orElseThrow().phrase();
        assertThat(aggregate.in(eu.cyberstat.reference.Language.FR).replaceAll("[\u00A0\u202F]", " "))
                .startsWith("1 ligne a été écartée : ");
        assertThat(aggregate.in(eu.cyberstat.reference.Language.DE)).startsWith("1 Zeile wurde übergangen: ");
        assertThat(result.report().rows()).isEqualTo(5);
    }

    @Test
    void tsvProblemsPointAtTheYearColumn() {
        Path file = Fixtures.write(dir, "crim.tsv", TSV_HEADER
                + "A,ICCS0903,NR,AT\t7292 \t12,585 \t-3 \n"
                + "A,ICCS0903,NR,GR\t1 x\t: \t: \n"
                + "Q,ICCS0903,NR,DE\t1 \t: \t: \n"
                + "A,ICCS0903,AT\t1 \t: \t: \n"
                + "A,ICCS0903,NR,FR\t1 \t2 \t3 \t4 \n");
        ValidatedFile result = Fixtures.validate(file);
        assertThat(issues(result)).containsExactly("E_NOT_A_NUMBER 2 2020", "E_NEGATIVE 2 2021",
                "E_UNKNOWN_COUNTRY 3 geo", "E_UNKNOWN_FLAG 3 2019", "E_NOT_ANNUAL 4 freq",
                "E_FIELD_COUNT 5 freq,iccs,unit,geo\\TIME_PERIOD", "E_FIELD_COUNT 6 ");
    }

    @Test
    void readsSdmxCsv1AsEurostatPublishesIt() {
        Path file = Fixtures.write(dir, "crim.csv",
                "DATAFLOW,LAST UPDATE,freq,iccs,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
                + "ESTAT:CRIM_OFF_CAT(1.0),29/05/24 23:00:00,A,ICCS0903,NR,AT,2021,15089,\n"
                + "ESTAT:CRIM_OFF_CAT(1.0),29/05/24 23:00:00,A,ICCS0903,NR,AT,2022,21974,p\n"
                + "ESTAT:CRIM_OFF_CAT(1.0),29/05/24 23:00:00,A,ICCS0903,NR,NL,2020,,\n"
                + "ESTAT:CRIM_OFF_CAT(1.0),29/05/24 23:00:00,A,ICCS0903,NR,NL,2021,,c\n"
                + "ESTAT:CRIM_OFF_CAT(1.0),29/05/24 23:00:00,A,ICCS0903,P_HTHAB,AT,2021,168.92,\n"
                + "ESTAT:CRIM_OFF_CAT(1.0),29/05/24 23:00:00,A,ICCS0101,NR,AT,2021,59,\n");
        ValidatedFile result = Fixtures.validate(file);
        assertThat(result.format()).isEqualTo(InputFormat.SDMX_CSV_1);
        assertThat(result.observations()).containsExactly(
                new Observation("AT", 2021, "CIA", "RECORDED", 15089L, "", ""),
                new Observation("AT", 2022, "CIA", "RECORDED", 21974L, "p", ""),
                new Observation("NL", 2021, "CIA", "RECORDED", null, "c", ""));
        assertThat(issues(result)).containsExactly("W_SKIPPED_UNIT 6 unit", "W_SKIPPED_NON_CYBER 7 iccs");
    }

    @Test
    void readsSdmxCsv2WithLabelsActionsAndConfidentiality() {
        Path file = Fixtures.write(dir, "crim.csv",
                "STRUCTURE,STRUCTURE_ID,ACTION,freq:Time frequency,iccs:ICCS,unit:Unit,geo:Geopolitical entity,"
                + "TIME_PERIOD:Time,OBS_VALUE:Observation value,OBS_FLAG:Observation flag,CONF_STATUS:Confidentiality\n"
                + "dataflow,ESTAT:CRIM_OFF_CAT(1.0),I,A:Annual,ICCS0903:Acts against computer systems,NR:Number,"
                + "PL:Poland,2021,6171,,F:Free\n"
                + "dataflow,ESTAT:CRIM_OFF_CAT(1.0),I,A:Annual,ICCS0903:Acts against computer systems,NR:Number,"
                + "PL:Poland,2022,7290,p,C:Confidential\n"
                + "dataflow,ESTAT:CRIM_OFF_CAT(1.0),D,A:Annual,ICCS0903:Acts against computer systems,NR:Number,"
                + "PT:Portugal,2022,1,,\n");
        ValidatedFile result = Fixtures.validate(file);
        assertThat(result.format()).isEqualTo(InputFormat.SDMX_CSV_2);
        assertThat(issues(result)).containsExactly("E_SDMX_ACTION 4 ACTION");
        assertThat(result.observations()).isEmpty();

        Path good = Fixtures.write(dir, "good.csv",
                "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,ICCS,UNIT,GEO,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\n"
                + "dataflow,ESTAT:CRIM_OFF_CAT(1.0),I,A,ICCS0903,NR,PL,2021,6171,E,F\n"
                + "dataflow,ESTAT:CRIM_OFF_CAT(1.0),I,A,ICCS0903,NR,PL,2022,7290,P,C\n");
        assertThat(Fixtures.validate(good).observations()).containsExactly(
                new Observation("PL", 2021, "CIA", "RECORDED", 6171L, "e", ""),
                new Observation("PL", 2022, "CIA", "RECORDED", 7290L, "cp", ""));
    }

    @Test
    void sdmxLegalStatusGivesTheIndicator() {
        Path file = Fixtures.write(dir, "just.csv",
                "DATAFLOW,LAST UPDATE,freq,leg_stat,iccs,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
                + "ESTAT:CRIM_JUST_OFF(1.0),01/01/24 23:00:00,A,PER_SUSP,ICCS0903,NR,FI,2021,812,\n"
                + "ESTAT:CRIM_JUST_OFF(1.0),01/01/24 23:00:00,A,PER_CNV,ICCS0903,NR,FI,2021,97,\n");
        assertThat(Fixtures.validate(file).observations()).extracting(Observation::indicator)
                .containsExactly("SUSPECTS", "CONVICTIONS");
    }

    @Test
    void aForcedFormatOverridesDetection() {
        Path file = Fixtures.write(dir, "crim.txt", "country,year,offence,indicator,value\nDE,2020,CYB,RECORDED,1\n");
        ValidatedFile forced = Fixtures.validate(file, new ValidationRequest(null, null, InputFormat.SDMX_CSV_1));
        // SDMX knows country (as geo) and indicator, not year and value
        assertThat(issues(forced)).containsExactly("E_MISSING_COLUMN 1 time", "E_MISSING_COLUMN 1 obs_value",
                "W_EXTRA_COLUMN 1 year", "W_EXTRA_COLUMN 1 value");
    }
}
