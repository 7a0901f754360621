package eu.cyberstat.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runs duckdb-alerts.sql through DuckDB's JDBC driver and prints the time of each phase.
 *
 * <pre>java -cp ... eu.cyberstat.bench.DuckDbAlerts SCRIPT INPUT.csv OUT_DIR YEAR THREADS MEMORY</pre>
 */
public final class DuckDbAlerts {

    public static void main(String[] args) throws Exception {
        Path script = Path.of(args[0]);
        Path input = Path.of(args[1]).toAbsolutePath();
        Path out = Path.of(args[2]).toAbsolutePath();
        int year = Integer.parseInt(args[3]);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        byte[] ipad = new byte[64];
        byte[] opad = new byte[64];
        for (int i = 0; i < 64; i++) {
            byte b = i < key.length ? key[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        Map<String, String> values = Map.of("input", input.toString(), "out", out.resolve("alerts").toString(),
                "year", Integer.toString(year), "previous", Integer.toString(year - 1), "threads", args[4],
                "memory", args[5], "ipad", HexFormat.of().formatHex(ipad), "opad", HexFormat.of().formatHex(opad),
                "figures", out.resolve("alerts-" + year + ".csv").toString());
        String sql = Files.readString(script, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : values.entrySet()) {
            sql = sql.replace("${" + e.getKey() + "}", e.getValue());
        }
        Map<String, StringBuilder> phases = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : sql.split("\n")) {
            if (line.startsWith("-- phase: ")) {
                current = phases.computeIfAbsent(line.substring(10).trim(), k -> new StringBuilder());
            } else if (current != null && !line.startsWith("--")) {
                current.append(line).append('\n');
            }
        }
        Files.createDirectories(out);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (Map.Entry<String, StringBuilder> phase : phases.entrySet()) {
                long t = System.nanoTime();
                for (String statement : phase.getValue().toString().split(";\\s*\n")) {
                    if (!statement.isBlank()) {
                        st.execute(statement);
                    }
                }
                System.out.printf(Locale.ROOT, "duckdb %s: %.1f s%n", phase.getKey(), (System.nanoTime() - t) / 1e9);
            }
            try (ResultSet r = st.executeQuery("SELECT count(*) FROM read_parquet('" + out.resolve("alerts")
                    + "/**/*.parquet')")) {
                r.next();
                System.out.printf(Locale.ROOT, "duckdb rows stored: %d%n", r.getLong(1));
            }
            try (ResultSet r = st.executeQuery("SELECT count(*) FROM reject_errors")) {
                r.next();
                System.out.printf(Locale.ROOT, "duckdb rejected records: %d%n", r.getLong(1));
            }
        }
        System.out.printf(Locale.ROOT, "duckdb total: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
