package eu.cyberstat.app;

import eu.cyberstat.failure.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The files {@code cyberstat demo} loads, from {@code data-samples/demo-plan.csv}. */
public record DemoPlan(Path samples, List<Entry> entries) {

    public static final String FILE = "demo-plan.csv";

    /** One file to load: national statistics or an alert export, and the outcome it must have. */
    public record Entry(String kind, Path file, String country, String platform, Path profile, boolean expectAccepted) {
        public boolean isNational() {
            return "national".equals(kind);
        }
    }

    public static DemoPlan read(Path samples, Path home) {
        Path plan = samples.resolve(FILE);
        List<Entry> entries = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(plan, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').setTrim(true).get().parse(r)) {
                String kind = rec.get("kind");
                if (!kind.equals("national") && !kind.equals("alerts")) {
                    throw new BadInputException(plan + " line " + rec.getRecordNumber() + ": kind must be national or "
                            + "alerts, not '" + kind + "'.");
                }
                String profile = rec.get("profile");
                entries.add(new Entry(kind, samples.resolve(rec.get("file")), blankToNull(rec.get("country")),
                        blankToNull(rec.get("platform")), profile.isEmpty() ? null : home.resolve(profile),
                        !"rejected".equals(rec.get("expect"))));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException("Cannot read the demo plan " + plan + ": " + e.getMessage(), e);
        }
        return new DemoPlan(samples, entries);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
