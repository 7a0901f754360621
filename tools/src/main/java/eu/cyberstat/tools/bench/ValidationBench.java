package eu.cyberstat.tools.bench;

import eu.cyberstat.ingest.validation.PriorFigures;
import eu.cyberstat.ingest.validation.StatisticsValidator;
import eu.cyberstat.ingest.validation.ValidatedFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Times StatisticsValidator on 10 000-figure files in a warm JVM: the project CSV (UTF-8, ','),
 * the same as a ';' Windows-1252 export with thousands separators, as an .xlsx, as SDMX-CSV 1.0,
 * and the real files of ../shared when they are there. Reports the median of N measured runs
 * after warm-up runs. Run through bench/validate/run.sh (it builds the classpath).
 *
 * Usage: bench/validate/run.sh, or java -cp CLASSPATH eu.cyberstat.tools.bench.ValidationBench OUT_DIR [ROWS]
 * [WARMUP] [RUNS] [SHARED_DIR]
 */
public class ValidationBench {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path shared = args.length > 4 ? Path.of(args[4]) : null;
        Files.createDirectories(out);

        ReferenceData reference = ReferenceData.shipped();
        List<String[]> figures = figures(reference, rows);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("project CSV (UTF-8, ',')", write(out.resolve("bench-10k.csv"), figures, ',', StandardCharsets.UTF_8, false));
        files.put("project CSV (';', Windows-1252, '.' thousands)",
                write(out.resolve("bench-10k-semicolon.csv"), figures, ';', Charset.forName("windows-1252"), true));
        files.put("SDMX-CSV 1.0", sdmx(out.resolve("bench-10k.sdmx.csv"), figures));
        files.put("Excel .xlsx", xlsx(out.resolve("bench-10k.xlsx"), figures));
        Map<String, ValidationRequest> requests = new LinkedHashMap<>();
        files.keySet().forEach(k -> requests.put(k, ValidationRequest.detect()));
        if (shared != null && Files.isDirectory(shared.resolve("real-data"))) {
            Path home = Path.of(System.getProperty("cyberstat.home", "."));
            files.put("real: Eurostat crim_off_cat TSV", shared.resolve("real-data/eurostat/estat_crim_off_cat.tsv"));
            requests.put("real: Eurostat crim_off_cat TSV", ValidationRequest.detect());
            files.put("real: PKS time series CSV + de-pks.yaml", shared.resolve("real-data/pks/2023-ZR-F-01-T01-Faelle_csv.csv"));
            requests.put("real: PKS time series CSV + de-pks.yaml",
                    new ValidationRequest("DE", home.resolve("templates/profiles/de-pks.yaml"), null));
        }

        StatisticsValidator validator = new StatisticsValidator(reference, PriorFigures.NONE);
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB; %d warm-up runs, %d measured runs per file%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, warmup, runs);
        System.out.printf(Locale.ROOT, "%-46s %9s %8s %10s %10s %10s %10s%n", "file", "size KB", "figures", "first ms",
                "median ms", "min ms", "p90 ms");
        for (Map.Entry<String, Path> e : files.entrySet()) {
            Path file = e.getValue();
            ValidationRequest request = requests.get(e.getKey());
            long t0 = System.nanoTime();
            ValidatedFile first = validator.validate(file, request);
            double firstMs = (System.nanoTime() - t0) / 1e6;
            if (!first.isAccepted()) {
                throw new IllegalStateException(e.getKey() + " was rejected: " + first.report().errors());
            }
            for (int i = 0; i < warmup; i++) {
                validator.validate(file, request);
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                validator.validate(file, request);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%-46s %9d %8d %10.1f %10.1f %10.1f %10.1f%n", e.getKey(),
                    Files.size(file) >> 10, first.report().rows(), firstMs, ms[runs / 2], ms[0],
                    ms[(int) Math.ceil(runs * 0.9) - 1]);
        }
    }

    /** {country, year, offence, indicator, value}: every offence recorded, groups the sums of their offences. */
    static List<String[]> figures(ReferenceData reference, int rows) {
        List<String[]> figures = new ArrayList<>(rows);
        Random rnd = new Random(42);
        List<Country> countries = reference.countries().all().stream().filter(c -> !c.isAggregate()).toList();
        outer:
        for (int round = 0; ; round++) {
            for (Country c : countries) {
                double base = 200 + rnd.nextInt(5000);
                for (int year = 2013 + round * 10; year < 2023 + round * 10 && year <= 2026; year++) {
                    Map<String, Long> values = new LinkedHashMap<>();
                    for (Offence o : reference.offences().leaves()) {
                        values.put(o.code(), Math.round(base * (0.02 + rnd.nextDouble() * 0.1) * Math.pow(1.08, year - 2013)));
                    }
                    for (Offence g : reference.offences().groups()) {
                        values.put(g.code(), reference.offences().children(g.code()).stream()
                                .mapToLong(ch -> values.get(ch.code())).sum());
                    }
                    values.put("CYB", reference.offences().groups().stream().mapToLong(g -> values.get(g.code())).sum());
                    for (Offence o : reference.offences().all()) {
                        figures.add(new String[] {c.geo(), String.valueOf(year), o.code(), "RECORDED",
                                String.valueOf(values.get(o.code()))});
                        if (figures.size() == rows) {
                            break outer;
                        }
                    }
                }
            }
            if (round > 10) {
                throw new IllegalStateException("Cannot make " + rows + " distinct figures");
            }
        }
        return figures;
    }

    static Path write(Path file, List<String[]> figures, char sep, Charset charset, boolean thousands) throws IOException {
        StringBuilder sb = new StringBuilder("country" + sep + "year" + sep + "offence" + sep + "indicator" + sep + "value"
                + sep + "flags" + sep + "note\r\n");
        for (String[] f : figures) {
            String v = thousands ? group(f[4]) : f[4];
            sb.append(f[0]).append(sep).append(f[1]).append(sep).append(f[2]).append(sep).append(f[3]).append(sep)
                    .append(v).append(sep).append(sep).append(thousands ? "Données policières" : "").append("\r\n");
        }
        Files.write(file, sb.toString().getBytes(charset));
        return file;
    }

    static String group(String digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    static Path sdmx(Path file, List<String[]> figures) throws IOException {
        StringBuilder sb = new StringBuilder("DATAFLOW,LAST UPDATE,freq,offence,indicator,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n");
        for (String[] f : figures) {
            sb.append("CYBERSTAT:NATIONAL(1.0),01/01/24 00:00:00,A,").append(f[2]).append(',').append(f[3]).append(",NR,")
                    .append(f[0]).append(',').append(f[1]).append(',').append(f[4]).append(",\n");
        }
        Files.writeString(file, sb.toString());
        return file;
    }

    static Path xlsx(Path file, List<String[]> figures) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream os = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Data");
            String[] header = {"country", "year", "offence", "indicator", "value"};
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            int r = 1;
            for (String[] f : figures) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(f[0]);
                row.createCell(1).setCellValue(Integer.parseInt(f[1]));
                row.createCell(2).setCellValue(f[2]);
                row.createCell(3).setCellValue(f[3]);
                row.createCell(4).setCellValue(Long.parseLong(f[4]));
            }
            wb.write(os);
            wb.close();
        }
        return file;
    }
}
