package eu.cyberstat.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application jar for spark-submit, as built: cyberstat and the libraries a Spark
 * distribution lacks, and nothing the cluster provides (two copies of a class, one of them the
 * wrong version, are what makes an application jar fail on one cluster and not another).
 */
class ApplicationJarIT {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", "..")).toAbsolutePath().normalize();
    private static final Path JAR = PROJECT.resolve("cluster/target/cyberstat-cluster.jar");

    private static Set<String> entries;
    private static String mainClass;

    @BeforeAll
    static void read() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(ZipEntry::getName).collect(Collectors.toSet());
            mainClass = jar.getManifest().getMainAttributes().getValue("Main-Class");
        }
    }

    @Test
    void holdsCyberstatAndTheLibrariesSparkDoesNotShip() {
        assertThat(mainClass).isEqualTo("eu.cyberstat.cli.Main");
        assertThat(entries).contains(
                "eu/cyberstat/cli/Main.class", "eu/cyberstat/warehousing/Warehouse.class", "eu/cyberstat/ingest/alerts/HmacSha256.class",
                "picocli/CommandLine.class", "org/apache/commons/csv/CSVParser.class", "org/apache/poi/xssf/usermodel/XSSFWorkbook.class",
                "com/lowagie/text/Document.class", "org/jfree/chart/JFreeChart.class", "freemarker/template/Template.class",
                "me/tongfei/progressbar/ProgressBar.class");
        // Guava under cyberstat's name, with its public-suffix list: the registered domain of an alert URL
        // must not depend on the Guava a cluster ships.
        assertThat(entries).contains("eu/cyberstat/shaded/com/google/common/net/InternetDomainName.class")
                .noneMatch(e -> e.startsWith("com/google/common/") || e.startsWith("com/google/thirdparty/"));
    }

    @Test
    void leavesOutWhatTheClusterProvides() {
        List<String> provided = Arrays.asList("org/apache/spark/", "org/apache/hadoop/", "scala/", "org/apache/parquet/",
                "com/fasterxml/jackson/", "org/apache/logging/log4j/", "org/slf4j/", "org/apache/commons/io/",
                "org/apache/commons/codec/", "org/apache/commons/compress/", "org/apache/commons/math3/", "org/yaml/snakeyaml/");
        assertThat(entries).noneMatch(e -> provided.stream().anyMatch(e::startsWith));
        assertThat(entries).noneMatch(e -> e.endsWith("module-info.class") || e.matches("META-INF/[^/]+\\.(SF|DSA|RSA)"));
    }
}
