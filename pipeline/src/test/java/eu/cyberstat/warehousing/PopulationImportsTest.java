package eu.cyberstat.warehousing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.ingest.population.DemoPjanReader;
import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationImportsTest {

    private static final PopulationTable SHIPPED = ReferenceData.shipped().population();
    private static final DemoPjanReader READER = new DemoPjanReader(ReferenceData.shipped().countries());

    @TempDir
    Path warehouse;

    @TempDir
    Path uploads;

    @Test
    void keepsTheRawFileByteForByteAndItsFigures() throws Exception {
        Path file = demoPjan("AT", 2022, 9_111_111L);
        PopulationImports imports = new PopulationImports(warehouse);
        String sha256 = SubmissionStore.sha256(file);

        PopulationImport imported = imports.newImport(file, "demo_pjan.tsv", sha256, READER.read(file)).commit();

        assertThat(imported.sha256()).isEqualTo(sha256);
        assertThat(imported.figures()).isEqualTo(1);
        assertThat(imported.geos()).isEqualTo("AT");
        assertThat(imported.years()).isEqualTo("2022–2022");
        assertThat(Files.readAllBytes(imports.folderOf(imported.id()).resolve("raw/demo_pjan.tsv")))
                .isEqualTo(Files.readAllBytes(file));
        assertThat(imports.folderOf(imported.id()).resolve("population.csv")).content()
                .isEqualTo("geo,year,population,flags\nAT,2022,9111111,\n");
        assertThat(warehouse.resolve("_staging")).isEmptyDirectory();
        assertThat(imports.history()).containsExactly(imported);
    }

    @Test
    void theSameFileTwiceIsADuplicate() throws Exception {
        Path file = demoPjan("AT", 2022, 9_111_111L);
        PopulationImports imports = new PopulationImports(warehouse);
        String sha256 = SubmissionStore.sha256(file);
        assertThat(imports.duplicateOf(sha256)).isEmpty();

        PopulationImport imported = imports.newImport(file, "demo_pjan.tsv", sha256, READER.read(file)).commit();

        assertThat(imports.duplicateOf(sha256)).contains(imported);
    }

    @Test
    void thePopulationAsOfAnInstantHasTheImportsCommittedByThen() throws Exception {
        long shippedAt2022 = SHIPPED.populationOf("AT", 2022).orElseThrow();
        PopulationImports imports = new PopulationImports(warehouse);
        Path first = demoPjan("AT", 2022, shippedAt2022 + 1000);
        PopulationImport one = imports.newImport(first, "first.tsv", SubmissionStore.sha256(first), READER.read(first)).commit();
        Path second = demoPjan("AT", 2022, shippedAt2022 + 2000);
        PopulationImport two = imports.newImport(second, "second.tsv", SubmissionStore.sha256(second), READER.read(second)).commit();

        assertThat(imports.populationAsOf(one.committedAt().minusMillis(1), SHIPPED).populationOf("AT", 2022))
                .as("before any import: the shipped table").isEqualTo(OptionalLong.of(shippedAt2022));
        assertThat(imports.populationAsOf(one.committedAt(), SHIPPED).populationOf("AT", 2022))
                .isEqualTo(OptionalLong.of(shippedAt2022 + 1000));
        assertThat(imports.populationAsOf(two.committedAt(), SHIPPED).populationOf("AT", 2022))
                .as("a later import wins").isEqualTo(OptionalLong.of(shippedAt2022 + 2000));
        assertThat(imports.populationAsOf(null, SHIPPED).populationOf("BE", 2022))
                .as("geo-years an import does not give stay as shipped").isEqualTo(SHIPPED.populationOf("BE", 2022));
    }

    @Test
    void noImportsMeansTheShippedTable() {
        assertThat(new PopulationImports(warehouse).populationAsOf(null, SHIPPED).asMap()).isEqualTo(SHIPPED.asMap());
    }

    /** A demo_pjan TSV giving one figure, with an aggregate row that must not reach the store. */
    private Path demoPjan(String geo, int year, long population) throws Exception {
        Path file = Files.createTempFile(uploads, "demo_pjan", ".tsv");
        Files.writeString(file, "freq,unit,age,sex,geo\\TIME_PERIOD\t" + year + " \n"
                + "A,NR,TOTAL,T," + geo + "\t" + population + " \n"
                + "A,NR,TOTAL,T,EA20\t" + population * 30 + " \n");
        return file;
    }
}
