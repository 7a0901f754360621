package eu.cyberstat.pipeline.disclosure;

import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.OffenceClassification;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An attacker with the published files and the method: tries to recover every confidential
 * value from {@code metrics-YYYY.csv} (and the panels of {@code manifest.json}) by linear
 * combinations of published numbers. Written from docs/metrics.md alone, sharing no code with
 * the suppression it checks.
 *
 * <p>Per indicator, over all years at once, the unknowns are the withheld numbers (empty
 * country values, empty EU values, empty panel sums) and the equations everything a reader can
 * write down: each EU sum of its Member States, each panel sum of its members, a country's
 * parent offence as the sum of its children, every published difference ({@code yoy_abs}) and
 * three-year total ({@code 3 × ma_3y}, exact once rounded to a whole number). Ratios are taken
 * as exact (stronger than rounding allows): a published rate gives its value; a published
 * index, change in %, growth rate or share gives one operand from the other. Exact fraction-free
 * Gauss–Jordan elimination finds every unknown that all solutions agree on; a combination of
 * non-negative unknowns summing to zero makes each of them zero. This repeats until nothing new
 * is found.
 */
public final class RecoveryAudit {

    /** One cell an attacker reasons about: scope V (value), E (EU value) or P (panel sum). */
    public record Cell(char scope, String geo, String offence, String indicator, int year) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return scope + ":" + geo + ":" + offence + ":" + indicator + ":" + year;
        }
    }

    /** A row of the metrics file as published. */
    public record Row(String geo, String offence, String indicator, int year, Long value, Double rate, Long yoyAbs,
               Double yoyPct, Double cagr, Double ma3, Double index, Double share, String flags, Integer covered,
               Long panelValue, Integer panelCountries, String confStatus) {
    }

    private final OffenceClassification offences;
    private final Set<String> eu27;
    private final Set<String> additive;
    private final int baseYear;
    private final List<Row> rows;
    private final Map<List<String>, List<String>> panels;
    private final Set<Cell> withoutValue;

    private final Map<Cell, BigInteger> known = new TreeMap<>();
    private final Set<Cell> unknown = new TreeSet<>();
    private final List<Map<Cell, BigInteger>> equations = new ArrayList<>();
    private final List<BigInteger> constants = new ArrayList<>();

    /**
     * @param panels       (offence, indicator) → panel members, as the manifest lists them
     * @param withoutValue confidential country cells sent without any value (not in the EU sums);
     *                     the attacker is granted this knowledge
     */
    public RecoveryAudit(OffenceClassification offences, Set<String> eu27, Set<String> additive, int baseYear, List<Row> rows,
                  Map<List<String>, List<String>> panels, Set<Cell> withoutValue) {
        this.offences = offences;
        this.eu27 = eu27;
        this.additive = additive;
        this.baseYear = baseYear;
        this.rows = rows;
        this.panels = panels;
        this.withoutValue = withoutValue;
    }

    public static List<Row> read(Path metricsCsv) throws IOException {
        List<Row> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(metricsCsv, StandardCharsets.UTF_8)) {
            for (CSVRecord c : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(new Row(c.get("geo"), c.get("offence"), c.get("indicator"), Integer.parseInt(c.get("year")),
                        whole(c.get("value")), decimal(c.get("rate_per_100k")), whole(c.get("yoy_abs")),
                        decimal(c.get("yoy_pct")), decimal(c.get("cagr_5y")), decimal(c.get("ma_3y")),
                        decimal(c.get("index")), decimal(c.get("share_of_total")), c.get("flags"),
                        c.get("countries_covered").isEmpty() ? null : Integer.valueOf(c.get("countries_covered")),
                        whole(c.get("panel_value")),
                        c.get("panel_countries").isEmpty() ? null : Integer.valueOf(c.get("panel_countries")),
                        c.isMapped("conf_status") ? c.get("conf_status") : ""));
            }
        }
        return out;
    }

    private static Long whole(String s) {
        return s.isEmpty() ? null : Long.valueOf(s);
    }

    private static Double decimal(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    /** The withheld cells that the published figures determine. */
    public Set<Cell> recoverable() {
        build();
        Set<Cell> found = new TreeSet<>();
        boolean progress = true;
        while (progress) {
            Set<Cell> solved = solve();
            found.addAll(solved);
            progress = !solved.isEmpty() | closeRatios(found);
        }
        return found;
    }

    // ---- the system ----

    private final Map<Cell, Row> byCell = new HashMap<>();

    private void build() {
        for (Row r : rows) {
            boolean eu = r.geo().equals("EU27_2020");
            Cell v = new Cell(eu ? 'E' : 'V', r.geo(), r.offence(), r.indicator(), r.year());
            byCell.put(v, r);
            put(v, r.value());
            if (eu && r.panelCountries() != null) {
                put(new Cell('P', r.geo(), r.offence(), r.indicator(), r.year()), r.panelValue());
            }
        }
        for (Row r : rows) {
            if (r.geo().equals("EU27_2020")) {
                euSum(r);
                if (r.panelCountries() != null) {
                    panelSum(r);
                }
            } else if (additive.contains(r.indicator())) {
                classification(r);
            }
            trends(r);
        }
    }

    private void put(Cell c, Long value) {
        if (value == null) {
            unknown.add(c);
        } else {
            known.put(c, BigInteger.valueOf(value));
        }
    }

    private void euSum(Row eu) {
        Map<Cell, BigInteger> eq = new TreeMap<>();
        eq.put(new Cell('E', eu.geo(), eu.offence(), eu.indicator(), eu.year()), BigInteger.ONE);
        int parts = 0;
        for (String geo : eu27) {
            Cell c = new Cell('V', geo, eu.offence(), eu.indicator(), eu.year());
            Row r = byCell.get(c);
            if (r != null && (r.value() != null || r.flags().contains("c")) && !withoutValue.contains(c)) {
                eq.merge(c, BigInteger.ONE.negate(), BigInteger::add);
                parts++;
            }
        }
        if (eu.covered() != null && parts != eu.covered()) {
            throw new IllegalStateException("EU sum " + eu + " covers " + eu.covered() + " countries but " + parts
                    + " have a value or are confidential: say which were sent without a value");
        }
        add(eq, BigInteger.ZERO);
    }

    private void panelSum(Row eu) {
        List<String> members = panels.getOrDefault(List.of(eu.offence(), eu.indicator()), List.of());
        Map<Cell, BigInteger> eq = new TreeMap<>();
        eq.put(new Cell('P', eu.geo(), eu.offence(), eu.indicator(), eu.year()), BigInteger.ONE);
        for (String geo : members) {
            eq.merge(new Cell('V', geo, eu.offence(), eu.indicator(), eu.year()), BigInteger.ONE.negate(), BigInteger::add);
        }
        add(eq, BigInteger.ZERO);
    }

    private void classification(Row parent) {
        List<Offence> children = offences.children(parent.offence());
        if (children.isEmpty()) {
            return;
        }
        Map<Cell, BigInteger> eq = new TreeMap<>();
        eq.put(new Cell('V', parent.geo(), parent.offence(), parent.indicator(), parent.year()), BigInteger.ONE);
        for (Offence child : children) {
            Cell c = new Cell('V', parent.geo(), child.code(), parent.indicator(), parent.year());
            if (!byCell.containsKey(c)) {
                return;
            }
            eq.put(c, BigInteger.ONE.negate());
        }
        add(eq, BigInteger.ZERO);
    }

    /** The series a row's trends are computed on: its value, or for the EU the panel sum. */
    private Cell series(Row r, int year) {
        boolean eu = r.geo().equals("EU27_2020");
        return new Cell(eu ? 'P' : 'V', r.geo(), r.offence(), r.indicator(), year);
    }

    private void trends(Row r) {
        if (r.yoyAbs() != null) {
            Map<Cell, BigInteger> eq = new TreeMap<>();
            eq.put(series(r, r.year()), BigInteger.ONE);
            eq.merge(series(r, r.year() - 1), BigInteger.ONE.negate(), BigInteger::add);
            add(eq, BigInteger.valueOf(r.yoyAbs()));
        }
        if (r.ma3() != null) {
            Map<Cell, BigInteger> eq = new TreeMap<>();
            for (int k = 0; k < 3; k++) {
                eq.put(series(r, r.year() - k), BigInteger.ONE);
            }
            add(eq, BigDecimal.valueOf(r.ma3()).multiply(BigDecimal.valueOf(3)).setScale(0, RoundingMode.HALF_UP)
                    .toBigIntegerExact());
        }
    }

    private void add(Map<Cell, BigInteger> eq, BigInteger constant) {
        eq.values().removeIf(a -> a.signum() == 0);
        for (Cell c : eq.keySet()) {
            if (!known.containsKey(c)) {
                unknown.add(c);
            }
        }
        equations.add(eq);
        constants.add(constant);
    }

    /**
     * Ratios: a published rate, index, change in %, growth rate or share reveals one operand
     * when the other is known. Returns whether anything became known.
     */
    private boolean closeRatios(Set<Cell> found) {
        boolean any = false;
        for (Row r : rows) {
            boolean eu = r.geo().equals("EU27_2020");
            Cell value = new Cell(eu ? 'E' : 'V', r.geo(), r.offence(), r.indicator(), r.year());
            if (r.rate() != null) {
                any |= learn(value, found);
            }
            any |= pair(r.index(), series(r, r.year()), series(r, baseYear), found);
            any |= pair(r.yoyPct(), series(r, r.year()), series(r, r.year() - 1), found);
            any |= pair(r.cagr(), series(r, r.year()), series(r, r.year() - 5), found);
            if (!eu && r.share() != null) {
                any |= pair(r.share(), value, new Cell('V', r.geo(), "CYB", r.indicator(), r.year()), found);
            }
        }
        return any;
    }

    private boolean pair(Double ratio, Cell a, Cell b, Set<Cell> found) {
        if (ratio == null) {
            return false;
        }
        if (known.containsKey(a) && !known.containsKey(b)) {
            return learn(b, found);
        }
        if (known.containsKey(b) && !known.containsKey(a)) {
            return learn(a, found);
        }
        return false;
    }

    /** Known from a rounded ratio: its exact value is not, so no equation using it may conclude "zero". */
    private boolean learn(Cell c, Set<Cell> found) {
        if (known.containsKey(c)) {
            return false;
        }
        known.put(c, null);
        unknown.remove(c);
        if (unknownInPublication(c)) {
            found.add(c);
        }
        return true;
    }

    private boolean unknownInPublication(Cell c) {
        Row r = byCell.get(c.scope() == 'P' ? new Cell('E', c.geo(), c.offence(), c.indicator(), c.year()) : c);
        return r != null;
    }

    /**
     * Fraction-free Gauss–Jordan on the unknowns; returns the unknowns every solution agrees on
     * and marks them known. Values are not tracked: for the zero rule the constant of each
     * equation is kept exactly, and a newly known cell's value is what its row says.
     */
    private Set<Cell> solve() {
        List<Cell> cols = new ArrayList<>(unknown);
        Map<Cell, Integer> index = new HashMap<>();
        for (int i = 0; i < cols.size(); i++) {
            index.put(cols.get(i), i);
        }
        List<BigInteger[]> m = new ArrayList<>();
        for (int e = 0; e < equations.size(); e++) {
            BigInteger[] row = new BigInteger[cols.size() + 1];
            java.util.Arrays.fill(row, BigInteger.ZERO);
            BigInteger rhs = constants.get(e);
            boolean any = false;
            for (Map.Entry<Cell, BigInteger> t : equations.get(e).entrySet()) {
                Integer i = index.get(t.getKey());
                if (i == null) {
                    BigInteger v = known.get(t.getKey());
                    rhs = rhs == null || v == null ? null : rhs.subtract(t.getValue().multiply(v));
                } else {
                    row[i] = row[i].add(t.getValue());
                    any = true;
                }
            }
            if (any) {
                row[cols.size()] = rhs;
                m.add(row);
            }
            // rhs null: the equation reads a cell known only from a rounded ratio.
        }
        int n = cols.size();
        int rank = 0;
        for (int col = 0; col < n && rank < m.size(); col++) {
            int p = rank;
            while (p < m.size() && m.get(p)[col].signum() == 0) {
                p++;
            }
            if (p == m.size()) {
                continue;
            }
            BigInteger[] pivot = m.get(p);
            m.set(p, m.get(rank));
            m.set(rank, pivot);
            for (int r = 0; r < m.size(); r++) {
                BigInteger[] row = m.get(r);
                if (r == rank || row[col].signum() == 0) {
                    continue;
                }
                BigInteger a = pivot[col];
                BigInteger b = row[col];
                for (int k = 0; k < n; k++) {
                    row[k] = row[k].multiply(a).subtract(pivot[k].multiply(b));
                }
                row[n] = row[n] == null || pivot[n] == null ? null : row[n].multiply(a).subtract(pivot[n].multiply(b));
                normalise(row);
            }
            rank++;
        }
        Set<Cell> solved = new TreeSet<>();
        for (BigInteger[] row : m) {
            List<Integer> nonZero = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (row[k].signum() != 0) {
                    nonZero.add(k);
                }
            }
            if (nonZero.size() == 1) {
                int k = nonZero.get(0);
                solved.add(cols.get(k));
                known.put(cols.get(k), row[n] == null ? null : row[n].divide(row[k]));
            } else if (nonZero.size() > 1 && row[n] != null && row[n].signum() == 0
                    && nonZero.stream().allMatch(k -> row[k].signum() == row[nonZero.get(0)].signum())) {
                for (int k : nonZero) {
                    solved.add(cols.get(k));
                    known.put(cols.get(k), BigInteger.ZERO);
                }
            }
        }
        unknown.removeAll(solved);
        Set<Cell> published = new TreeSet<>();
        for (Cell c : solved) {
            if (unknownInPublication(c)) {
                published.add(c);
            }
        }
        return published;
    }

    private static void normalise(BigInteger[] row) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : row) {
            g = x == null ? g : g.gcd(x);
        }
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            for (int k = 0; k < row.length; k++) {
                row[k] = row[k] == null ? null : row[k].divide(g);
            }
        }
    }

    /**
     * The confidential country cells that are in no EU sum (sent as ": c" without a value), as a
     * reader works them out: each EU sum's {@code countries_covered} against the Member States
     * with a published value and those shown as c. Fails where the file leaves it open.
     */
    public static Set<Cell> withoutValueFromCoverage(List<Row> rows, Set<String> eu27) {
        Map<String, List<Row>> byEuCell = new TreeMap<>();
        for (Row r : rows) {
            if (eu27.contains(r.geo())) {
                byEuCell.computeIfAbsent(r.offence() + "|" + r.indicator() + "|" + r.year(), k -> new ArrayList<>()).add(r);
            }
        }
        Set<Cell> out = new TreeSet<>();
        for (Row eu : rows) {
            if (!eu.geo().equals("EU27_2020")) {
                continue;
            }
            List<Row> members = byEuCell.getOrDefault(eu.offence() + "|" + eu.indicator() + "|" + eu.year(), List.of());
            long published = members.stream().filter(r -> r.value() != null).count();
            List<Row> withheld = members.stream().filter(r -> r.value() == null && r.flags().contains("c")).toList();
            long inSum = eu.covered() - published;
            if (inSum == withheld.size()) {
                continue;
            }
            if (inSum != 0) {
                throw new IllegalStateException(eu + ": " + inSum + " of " + withheld.size()
                        + " withheld Member States are in the sum; the file does not say which");
            }
            withheld.forEach(r -> out.add(new Cell('V', r.geo(), r.offence(), r.indicator(), r.year())));
        }
        return out;
    }

    /** Cells of country rows flagged c: what must never be recoverable, as published. */
    public static Set<Cell> confidentialCells(List<Row> rows, String status) {
        Set<Cell> out = new TreeSet<>();
        for (Row r : rows) {
            if (r.confStatus().equals(status)) {
                out.add(new Cell(r.geo().equals("EU27_2020") ? 'E' : 'V', r.geo(), r.offence(), r.indicator(), r.year()));
            }
        }
        return out;
    }

    public static Map<List<String>, List<String>> panelsOf(List<Map<String, Object>> manifestPanels) {
        Map<List<String>, List<String>> out = new LinkedHashMap<>();
        for (Map<String, Object> p : manifestPanels) {
            @SuppressWarnings("unchecked")
            List<String> countries = (List<String>) p.get("countries");
            out.put(List.of((String) p.get("offence"), (String) p.get("indicator")), countries);
        }
        return out;
    }
}
