package eu.cyberstat.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A Spark installation made of what a Spark distribution ships and nothing more: its {@code jars/}
 * folder holds links to the jars of Spark SQL and of everything Spark brings (the class path the
 * build wrote to {@code target/spark-distribution.classpath}, the application jar's {@code provided}
 * dependencies). A worker builds its executors' class path from {@code SPARK_HOME/jars}
 * (Spark's WorkerCommandBuilder), so a library missing from the application jar fails on this
 * cluster as it would on a real one.
 */
record SparkInstallation(Path home) {

    static SparkInstallation create(Path classpathFile, Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("conf"));
        List<Path> entries = Arrays.stream(Files.readString(classpathFile).strip().split(":"))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        for (Path jar : entries) {
            Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
        }
        Files.writeString(home.resolve("RELEASE"), "Spark for cyberstat's cluster test (the jars of Spark SQL)\n");
        return new SparkInstallation(home);
    }

    String classPath() {
        return home.resolve("jars") + "/*";
    }

    long jarCount() throws IOException {
        try (var s = Files.list(home.resolve("jars"))) {
            return s.count();
        }
    }
}
