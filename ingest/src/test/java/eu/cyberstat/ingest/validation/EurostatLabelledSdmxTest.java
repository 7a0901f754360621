package eu.cyberstat.ingest.validation;

import static eu.cyberstat.ingest.validation.Fixtures.issues;
import static eu.cyberstat.ingest.validation.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.format.InputFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SDMX-CSV 2.0 as Eurostat's dissemination API returns it with labels: {@code labels=name} puts a
 * label column after each code column (the header below is the one of crim_off_cat, word for
 * word), {@code labels=both} writes "code: label" in the header and code cells.
 */
class EurostatLabelledSdmxTest {

    /** crim_off_cat downloaded as SDMX-CSV 2.0 with "codes and labels" (labels=name). */
    static final String LABELS_NAME_HEADER = "STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,freq,Time frequency,iccs,"
            + "International classification of crime for statistical purposes (ICCS),unit,Unit of measure,geo,"
            + "Geopolitical entity (reporting),TIME_PERIOD,Time,OBS_VALUE,Observation value,OBS_FLAG,"
            + "Observation status (Flag) V2 structure,CONF_STATUS,Confidentiality status (flag)\n";

    private static final String FLOW = "dataflow,ESTAT:CRIM_OFF_CAT(1.0),Offences by offence category (ICCS),";
    private static final String CIA = "A,Annual,ICCS0903,Acts against computer systems,";

    @TempDir
    Path dir;

    @Test
    void readsLabelColumnsAsLabels() {
        Path file = Fixtures.write(dir, "crim_off_cat_labels.csv", LABELS_NAME_HEADER
                + FLOW + CIA + "NR,Number,BE,Belgium,2016,,1234,,,,F,Free (free for publication)\n"
                + FLOW + CIA + "NR,Number,BE,Belgium,2017,,1502,,p,provisional,F,Free (free for publication)\n"
                + FLOW + CIA + "NR,Number,NL,Netherlands,2018,,,,,,C,Confidential statistical information\n"
                + FLOW + CIA + "NR,Number,NL,Netherlands,2019,,,,,,,\n"
                + FLOW + CIA + "P_HTHAB,Per hundred thousand inhabitants,BE,Belgium,2016,,10.86,,,,F,"
                + "Free (free for publication)\n"
                + FLOW + "A,Annual,ICCS0101,Intentional homicide,NR,Number,BE,Belgium,2016,,213,,,,F,"
                + "Free (free for publication)\n");

        ValidatedFile result = Fixtures.validate(file);

        assertThat(result.format()).isEqualTo(InputFormat.SDMX_CSV_2);
        assertThat(result.isAccepted()).isTrue();
        assertThat(result.observations()).containsExactly(
                new Observation("BE", 2016, "CIA", "RECORDED", 1234L, "", ""),
                new Observation("BE", 2017, "CIA", "RECORDED", 1502L, "p", ""),
                new Observation("NL", 2018, "CIA", "RECORDED", null, "c", ""));
        // No duplicate 'Time', no warning about any label column: only the rows cyberstat skips.
        assertThat(issues(result)).containsExactly("W_SKIPPED_UNIT 6 unit", "W_SKIPPED_NON_CYBER 7 iccs");
    }

    @Test
    void readsCodeAndLabelCellsOfTheBothOption() {
        Path file = Fixtures.write(dir, "crim_off_cat_both.csv", "STRUCTURE,STRUCTURE_ID,freq: Time frequency,"
                + "iccs: International classification of crime for statistical purposes (ICCS),unit: Unit of measure,"
                + "geo: Geopolitical entity (reporting),TIME_PERIOD: Time,OBS_VALUE: Observation value,"
                + "OBS_FLAG: Observation status (Flag) V2 structure,CONF_STATUS: Confidentiality status (flag)\n"
                + "dataflow,ESTAT:CRIM_OFF_CAT(1.0): Offences by offence category (ICCS),A: Annual,"
                + "ICCS0903: Acts against computer systems,NR: Number,EL: Greece,2021,2511,,F: Free (free for publication)\n"
                + "dataflow,ESTAT:CRIM_OFF_CAT(1.0): Offences by offence category (ICCS),A: Annual,"
                + "ICCS0903: Acts against computer systems,NR: Number,EL: Greece,2022,2760,p: provisional,"
                + "F: Free (free for publication)\n"
                + "dataflow,ESTAT:CRIM_OFF_CAT(1.0): Offences by offence category (ICCS),A: Annual,"
                + "ICCS0903: Acts against computer systems,NR: Number,\"EU27_2020: European Union - 27 countries "
                + "(from 2020)\",2022,99000,,F: Free (free for publication)\n");

        ValidatedFile result = Fixtures.validate(file);

        assertThat(result.format()).isEqualTo(InputFormat.SDMX_CSV_2);
        assertThat(result.observations()).containsExactly(
                new Observation("EL", 2021, "CIA", "RECORDED", 2511L, "", ""),
                new Observation("EL", 2022, "CIA", "RECORDED", 2760L, "p", ""));
        assertThat(issues(result)).containsExactly("W_SKIPPED_AGGREGATE 4 geo: Geopolitical entity (reporting)");
    }

    @Test
    void aColumnGivenTwiceIsStillADuplicateInALabelledFile() {
        // a second geo column further on is no label: it names a field the file already has
        Path secondGeo = Fixtures.write(dir, "second-geo.csv", LABELS_NAME_HEADER.strip() + ",geo\n"
                + FLOW + CIA + "NR,Number,BE,Belgium,2016,,1234,,,,F,Free (free for publication),FR\n");
        assertThat(issues(Fixtures.validate(secondGeo))).containsExactly("E_DUPLICATE_COLUMN 1 geo");
        assertThat(message(Fixtures.validate(secondGeo), "E_DUPLICATE_COLUMN"))
                .isEqualTo("Column 'geo' appears twice in the header (columns 10 and 20). Remove or rename one.");

        // a code column written twice in a row is not a code and its label either
        Path twice = Fixtures.write(dir, "twice.csv", LABELS_NAME_HEADER.replace("TIME_PERIOD,Time,", "TIME_PERIOD,TIME_PERIOD,")
                + FLOW + CIA + "NR,Number,BE,Belgium,2016,2016,1234,,,,F,Free (free for publication)\n");
        assertThat(issues(Fixtures.validate(twice))).containsExactly("E_DUPLICATE_COLUMN 1 TIME_PERIOD");
    }

    @Test
    void withoutStructureNameALabelHeaderIsADuplicateColumn() {
        // The same columns without STRUCTURE_NAME are not Eurostat's labelled layout: 'Time' names the time field again.
        Path file = Fixtures.write(dir, "no-structure-name.csv", LABELS_NAME_HEADER.replace("STRUCTURE_NAME,", "")
                + "dataflow,ESTAT:CRIM_OFF_CAT(1.0)," + CIA + "NR,Number,BE,Belgium,2016,,1234,,,,F,Free\n");
        ValidatedFile result = Fixtures.validate(file);
        assertThat(result.isAccepted()).isFalse();
        assertThat(message(result, "E_DUPLICATE_COLUMN"))
                .isEqualTo("Column 'Time' appears twice in the header (columns 11 and 12). Remove or rename one.");
    }
}
