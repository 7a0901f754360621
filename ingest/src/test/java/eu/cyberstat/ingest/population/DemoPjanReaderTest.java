package eu.cyberstat.ingest.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPjanReaderTest {

    private static final DemoPjanReader READER = new DemoPjanReader(ReferenceData.shipped().countries());

    @TempDir
    Path dir;

    @Test
    void keepsTheTotalPopulationOfKnownGeosFromTheTsv() throws Exception {
        PopulationFigures read = READER.read(fixture("demo_pjan.tsv"));

        assertThat(read.format()).isEqualTo("Eurostat TSV");
        assertThat(read.figures()).extracting(PopulationFigure::geo, PopulationFigure::year,
                PopulationFigure::population, PopulationFigure::flags).containsExactly(
                tuple("AT", 2021, 8_200_000L, ""), tuple("AT", 2022, 8_210_000L, "p"), tuple("AT", 2023, 8_220_000L, "p"),
                tuple("BE", 2021, 11_300_000L, ""), tuple("BE", 2023, 11_320_000L, "ep"),
                tuple("EU27_2020", 2021, 447_000_000L, ""), tuple("EU27_2020", 2022, 448_000_000L, ""),
                tuple("LU", 2022, 640_000L, ""), tuple("LU", 2023, 650_000L, ""));
        assertThat(read.figures()).extracting(PopulationFigure::line).startsWith(3L, 3L, 3L, 4L);
        assertThat(read.geos()).containsExactly("AT", "BE", "EU27_2020", "LU");
        assertThat(read.years()).containsExactly(2021, 2022, 2023);
    }

    @Test
    void notAvailableIsNoFigureNeverZero() throws Exception {
        PopulationFigures read = READER.read(fixture("demo_pjan.tsv"));

        Map<String, Map<Integer, Long>> updates = read.asUpdates();
        assertThat(updates.get("BE")).containsOnlyKeys(2021, 2023);
        assertThat(updates.get("EU27_2020")).containsOnlyKeys(2021, 2022);
        assertThat(updates.get("LU")).as("': c' is confidential, still no figure").containsOnlyKeys(2022, 2023);
        assertThat(skipped(read, SkipReason.NOT_AVAILABLE).count()).isEqualTo(3);
    }

    @Test
    void countsTheAggregatesAndBreakdownsItSkips() throws Exception {
        PopulationFigures read = READER.read(fixture("demo_pjan.tsv"));

        SkippedRows geos = skipped(read, SkipReason.OTHER_GEO);
        assertThat(geos.count()).isEqualTo(2);
        assertThat(geos.examples()).containsExactly("DE_TOT", "EA20");
        assertThat(geos.describe()).isEqualTo("2 rows of geos cyberstat does not know (DE_TOT, EA20)");
        SkippedRows breakdowns = skipped(read, SkipReason.OTHER_BREAKDOWN);
        assertThat(breakdowns.count()).isEqualTo(2);
        assertThat(breakdowns.examples()).containsExactly("sex F", "age Y10");
    }

    @Test
    void takesTheDimensionOrderFromTheHeader() throws Exception {
        Path file = write("old-bulk.tsv", "unit,sex,age,geo\\time\t2020 \t2019 \n"
                + "NR,T,TOTAL,AT\t8100000 \t8000000 b\n"
                + "NR,M,TOTAL,AT\t4000000 \t3900000 \n");

        PopulationFigures read = READER.read(file);

        assertThat(read.figures()).extracting(PopulationFigure::year, PopulationFigure::population, PopulationFigure::flags)
                .containsExactly(tuple(2020, 8_100_000L, ""), tuple(2019, 8_000_000L, "b"));
    }

    @Test
    void readsSdmxCsv1() throws Exception {
        PopulationFigures read = READER.read(fixture("demo_pjan-sdmx1.csv"));

        assertThat(read.format()).isEqualTo("SDMX-CSV 1.0");
        assertThat(read.figures()).extracting(PopulationFigure::geo, PopulationFigure::year,
                PopulationFigure::population, PopulationFigure::flags, PopulationFigure::line).containsExactly(
                tuple("AT", 2022, 8_210_000L, "p", 2L), tuple("AT", 2023, 8_220_000L, "", 3L),
                tuple("BE", 2023, 11_320_000L, "e", 7L));
        assertThat(skipped(read, SkipReason.OTHER_BREAKDOWN).count()).isEqualTo(2);
        assertThat(skipped(read, SkipReason.NOT_AVAILABLE).examples()).containsExactly("BE 2022");
        assertThat(skipped(read, SkipReason.OTHER_GEO).examples()).containsExactly("EA20");
    }

    @Test
    void readsSdmxCsv2WithLabels() throws Exception {
        PopulationFigures read = READER.read(fixture("demo_pjan-sdmx2.csv"));

        assertThat(read.format()).isEqualTo("SDMX-CSV 2.0");
        assertThat(read.figures()).extracting(PopulationFigure::geo, PopulationFigure::population, PopulationFigure::flags)
                .containsExactly(tuple("AT", 8_220_000L, "p"), tuple("EU27_2020", 449_000_000L, ""));
        assertThat(skipped(read, SkipReason.OTHER_GEO).examples()).containsExactly("DE_TOT");
        assertThat(skipped(read, SkipReason.NOT_AVAILABLE).examples()).as("NaN is SDMX's no value").containsExactly("LU 2023");
    }

    @Test
    void readsAGzippedFile() throws Exception {
        Path gz = dir.resolve("demo_pjan.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(fixture("demo_pjan.tsv"), out);
        }

        assertThat(READER.read(gz).figures()).isEqualTo(READER.read(fixture("demo_pjan.tsv")).figures());
    }

    @Test
    void aCrimeDatasetIsNotDemoPjan() throws Exception {
        Path file = write("crim_off_cat.tsv", "freq,iccs,unit,geo\\TIME_PERIOD\t2021 \nA,ICCS0903,NR,AT\t123 \n");

        assertThatThrownBy(() -> READER.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ", line 1, field age: ")
                .hasMessageContaining("Column 'age' is missing");
    }

    @Test
    void anotherCsvIsNotDemoPjan() throws Exception {
        Path file = write("national.csv", "country,year,offence,indicator,value\nAT,2021,CYB,RECORDED,12\n");

        assertThatThrownBy(() -> READER.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ", line 1, field country: this is not Eurostat's demo_pjan");
    }

    @Test
    void sdmxCsvWithoutObsValueIsNamed() throws Exception {
        Path file = write("no-value.csv", "DATAFLOW,freq,unit,age,sex,geo,TIME_PERIOD\nESTAT:DEMO_PJAN(1.0),A,NR,TOTAL,T,AT,2021\n");

        assertThatThrownBy(() -> READER.read(file)).hasMessageStartingWith(file + ", line 1, field obs_value: ");
    }

    @Test
    void aValueThatIsNotACountNamesLineAndField() throws Exception {
        Path file = write("bad.tsv", "freq,unit,age,sex,geo\\TIME_PERIOD\t2021 \t2022 \n"
                + "A,NR,TOTAL,T,AT\t8200000 \t8210000 \n"
                + "A,NR,TOTAL,T,BE\t11300000 \t11,3 Mio \n");

        assertThatThrownBy(() -> READER.read(file)).isInstanceOf(BadInputException.class)
                .hasMessage(file + ", line 3, field 2022: '11,3' is not a number of inhabitants. Write a whole number, "
                        + "or ':' where the figure is not available.");
    }

    @Test
    void aDecimalSdmxValueNamesItsColumn() throws Exception {
        Path file = write("bad.csv", "DATAFLOW,freq,unit,age,sex,geo,TIME_PERIOD,OBS_VALUE\n"
                + "ESTAT:DEMO_PJAN(1.0),A,NR,TOTAL,T,AT,2021,8200000.5\n");

        assertThatThrownBy(() -> READER.read(file)).hasMessageStartingWith(file + ", line 2, field OBS_VALUE: '8200000.5'");
    }

    @Test
    void aYearGivenTwiceIsAnError() throws Exception {
        Path file = write("twice.csv", "DATAFLOW,freq,unit,age,sex,geo,TIME_PERIOD,OBS_VALUE\n"
                + "ESTAT:DEMO_PJAN(1.0),A,NR,TOTAL,T,AT,2021,8200000\n"
                + "ESTAT:DEMO_PJAN(1.0),A,NR,TOTAL,T,AT,2021,8200001\n");

        assertThatThrownBy(() -> READER.read(file))
                .hasMessageContaining("line 3").hasMessageContaining("AT in 2021 is given twice (lines 2 and 3)");
    }

    @Test
    void aHeaderCellThatIsNotAYearIsNamed() throws Exception {
        Path file = write("header.tsv", "freq,unit,age,sex,geo\\TIME_PERIOD\t2021 \tremarks\nA,NR,TOTAL,T,AT\t8200000 \tx\n");

        assertThatThrownBy(() -> READER.read(file)).hasMessageStartingWith(file + ", line 1, field remarks: 'remarks' is not a year");
    }

    @Test
    void aRowWithTooFewCodesIsNamed() throws Exception {
        Path file = write("codes.tsv", "freq,unit,age,sex,geo\\TIME_PERIOD\t2021 \nA,NR,TOTAL,AT\t8200000 \n");

        assertThatThrownBy(() -> READER.read(file)).hasMessageStartingWith(file + ", line 2, field freq,unit,age,sex,geo\\TIME_PERIOD: ")
                .hasMessageContaining("has 4 comma-separated codes");
    }

    @Test
    void aFileWithoutATotalPopulationIsRefused() throws Exception {
        Path file = write("men.tsv", "freq,unit,age,sex,geo\\TIME_PERIOD\t2021 \nA,NR,TOTAL,M,AT\t4000000 \n");

        assertThatThrownBy(() -> READER.read(file)).hasMessageContaining("holds no figure of the total population");
    }

    private static SkippedRows skipped(PopulationFigures read, SkipReason reason) {
        return read.skipped().stream().filter(s -> s.reason() == reason).findFirst().orElseThrow();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(DemoPjanReaderTest.class.getResource(name).toURI());
    }
}
