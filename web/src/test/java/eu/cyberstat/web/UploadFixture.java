package eu.cyberstat.web;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.warehousing.SubmissionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** What the upload tests send: a warehouse of their own (a copy of the served demo's) and files for it. */
public final class UploadFixture {

    private UploadFixture() {
    }

    /** A copy of the served demo's warehouse in {@code dir}, which a test may write to. */
    public static Path warehouseCopy(Path dir) {
        Path from = ServedDemo.get().warehouse;
        Path to = dir.resolve("warehouse");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** The figures in force for a country and year, in key order, read from the store as it keeps them. */
    public static List<Observation> inForce(Path warehouse, String geo, int year) {
        List<Observation> figures = new ArrayList<>(new SubmissionStore(warehouse).inForce(null).figures().values()
                .stream().filter(o -> o.geo().equals(geo) && o.year() == year).toList());
        figures.sort(Comparator.comparing(Observation::offence).thenComparing(Observation::indicator));
        return figures;
    }

    /** Figures as a project CSV (docs/data-format.md). */
    public static byte[] projectCsv(List<Observation> figures) {
        StringBuilder csv = new StringBuilder("country,year,offence,indicator,value,flags,note\n");
        for (Observation o : figures) {
            csv.append(o.geo()).append(',').append(o.year()).append(',').append(o.offence()).append(',')
                    .append(o.indicator()).append(',').append(o.value() == null ? "" : o.value()).append(',')
                    .append(o.flags()).append(',').append('"').append(o.note().replace("\"", "\"\"")).append("\"\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same figure with another value. */
    public static Observation withValue(Observation o, long value) {
        return new Observation(o.geo(), o.year(), o.offence(), o.indicator(), value, o.flags(), o.note());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file with a negative value on line 3 and an unknown offence on line 4 (line 1 is the header). */
    public static byte[] badFile(String geo) {
        return ("country,year,offence,indicator,value,flags,note\n"
                + geo + ",2022,CYB,RECORDED,100,,\n"
                + geo + ",2022,CIA,RECORDED,-5,,\n"
                + geo + ",2022,NOT_AN_OFFENCE,RECORDED,7,,\n").getBytes(StandardCharsets.UTF_8);
    }
}
