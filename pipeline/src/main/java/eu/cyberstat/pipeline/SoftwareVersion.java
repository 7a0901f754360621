package eu.cyberstat.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build, as {@code -V} prints it and run manifests and reports record it:
 * the Maven project version, written into {@code build.properties} by resource filtering.
 */
public final class SoftwareVersion {

    private static final String VERSION = read();

    private SoftwareVersion() {
    }

    public static String version() {
        return VERSION;
    }

    /** The version of Spark on the class path. */
    public static String sparkVersion() {
        return org.apache.spark.package$.MODULE$.SPARK_VERSION();
    }

    private static String read() {
        try (InputStream in = SoftwareVersion.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            // An unfiltered copy (a build that skipped resource processing) says so rather than printing a placeholder.
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the build's version", e);
        }
    }
}
