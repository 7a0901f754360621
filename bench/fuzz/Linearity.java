import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.ingest.alerts.AlertSplitReader;
import eu.cyberstat.ingest.alerts.DuplicateAlertIds;
import eu.cyberstat.ingest.alerts.ExportFile;
import eu.cyberstat.ingest.alerts.ExportSplit;
import eu.cyberstat.ingest.alerts.PlatformProfile;
import eu.cyberstat.ingest.alerts.PlatformProfiles;
import eu.cyberstat.ingest.population.DemoPjanReader;
import eu.cyberstat.ingest.profile.MappingProfiles;
import eu.cyberstat.ingest.validation.PriorFigures;
import eu.cyberstat.ingest.validation.StatisticsValidator;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Is every reader's cost linear in its input? Times each reader on one value of 1, 2, 4 and 8
 * million digits (the hostile input of issue 14: five million digits once took minutes), best
 * of three runs in a warm JVM, and prints the times and the ratio between 8 MB and 1 MB (8 for a
 * linear cost, about 1 where the reader refuses at a bound before reading on, 64 for a square).
 *
 * Usage: java -cp CLASSPATH Linearity.java PROJECT_DIR WORK_DIR
 */
public class Linearity {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        ReferenceData reference = ReferenceData.shipped();
        PlatformProfile nl = PlatformProfiles.load(home.resolve("templates/profiles/alerts-nl-meldpunt.yaml"),
                reference.offences());
        PlatformProfile fr = PlatformProfiles.load(home.resolve("templates/profiles/alerts-fr-pharos.yaml"),
                reference.offences());
        String header = "country,year,offence,indicator,value,flags,note\n";
        Map<String, Reader> readers = new LinkedHashMap<>();
        readers.put("project CSV, digits in a value", new Reader("p.csv",
                n -> header + "DE,2020,CYB,RECORDED," + "1".repeat(n) + ",,\n", f -> validate(reference, f)));
        readers.put("project CSV, text in a quoted note", new Reader("q.csv",
                n -> header + "DE,2020,CYB,RECORDED,5,,\"" + "x;".repeat(n / 2) + "\"\n", f -> validate(reference, f)));
        readers.put("Eurostat TSV, digits in a value", new Reader("t.tsv",
                n -> "freq,iccs,unit,geo\\TIME_PERIOD\t2020 \nA,ICCS0903,NR,DE\t" + "1".repeat(n) + " \n",
                f -> validate(reference, f)));
        readers.put("SDMX-CSV 1.0, digits in OBS_VALUE", new Reader("s.csv",
                n -> "DATAFLOW,freq,iccs,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\nESTAT:X(1.0),A,ICCS0903,NR,DE,2020,"
                        + "1".repeat(n) + ",\n", f -> validate(reference, f)));
        readers.put("mapping profile, one long value", new Reader("m.yaml",
                n -> "profile: 1\ndescription: \"" + "x".repeat(n) + "\"\n", f -> {
                    try {
                        MappingProfiles.load(f, reference);
                    } catch (BadInputException e) {
                        // refused: what is timed is how long it took to say so
                    }
                }));
        readers.put("alert JSON Lines, digits in a field", new Reader("a.jsonl",
                n -> "{\"id\":\"NL-1\",\"ontvangen\":" + "1".repeat(n) + "}\n", f -> alerts(f, nl)));
        readers.put("alert CSV, one long line", new Reader("a.csv",
                n -> "numero;date_signalement;categorie;url_signalee;pays_hebergement;statut;date_cloture\n"
                        + "x".repeat(n) + "\n", f -> alerts(f, fr)));
        readers.put("demo_pjan TSV, digits in a value", new Reader("d.tsv",
                n -> "freq,unit,age,sex,geo\\TIME_PERIOD\t2021 \nA,NR,TOTAL,T,AT\t" + "1".repeat(n) + " \n", f -> {
                    try {
                        new DemoPjanReader(reference.countries()).read(f);
                    } catch (BadInputException e) {
                        // refused at the line limit
                    }
                }));
        int[] sizes = {1 << 20, 2 << 20, 4 << 20, 8 << 20};
        System.out.printf(Locale.ROOT, "| reader and value | 1 MB | 2 MB | 4 MB | 8 MB | 8 MB / 1 MB |%n");
        System.out.printf(Locale.ROOT, "|---|---:|---:|---:|---:|---:|%n");
        for (Map.Entry<String, Reader> e : readers.entrySet()) {
            double[] ms = new double[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                Path file = work.resolve(e.getValue().name());
                Files.writeString(file, e.getValue().content().apply(sizes[i]), StandardCharsets.UTF_8);
                e.getValue().read().run(file); // warm-up
                double best = Double.MAX_VALUE;
                for (int run = 0; run < 3; run++) {
                    long t = System.nanoTime();
                    e.getValue().read().run(file);
                    best = Math.min(best, (System.nanoTime() - t) / 1e6);
                }
                ms[i] = best;
            }
            System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.1f |%n", e.getKey(), ms[0],
                    ms[1], ms[2], ms[3], ms[3] / Math.max(ms[0], 0.5));
        }
    }

    private static void validate(ReferenceData reference, Path file) {
        new StatisticsValidator(reference, PriorFigures.NONE).validate(file, ValidationRequest.detect());
    }

    private static void alerts(Path file, PlatformProfile profile) throws Exception {
        ExportFile export = ExportFile.inspect(0, file, profile);
        for (ExportSplit split : export.splits(0, Long.MAX_VALUE)) {
            try (AlertSplitReader r = new AlertSplitReader(export, split, 1, profile,
                    "linearity-bench-key-of-32-bytes!".getBytes(StandardCharsets.UTF_8), DuplicateAlertIds.NONE)) {
                while (r.next()) {
                    // every record accepted or quarantined
                }
            }
        }
    }

    interface ReadFile {
        void run(Path file) throws Exception;
    }

    record Reader(String name, IntFunction<String> content, ReadFile read) {
    }
}
