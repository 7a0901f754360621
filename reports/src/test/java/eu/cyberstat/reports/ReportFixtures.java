package eu.cyberstat.reports;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.SubmissionNote;
import eu.cyberstat.problem.Check;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.Phrase;
import eu.cyberstat.reference.Countries;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Flags;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.model.AlertFigure;
import eu.cyberstat.reports.model.KeyFinding;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.model.RunProvenance;
import eu.cyberstat.reports.model.SubmissionCheck;
import eu.cyberstat.reports.model.SubmissionInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A realistic report input made in test code, standing in for the metrics job: the 27 Member
 * States, four EFTA countries and Kosovo over 2013–2022, every offence, group and the total,
 * with the awkward cases of real submissions — breaks in series (DE 2018; AT in two adjacent
 * years, 2016 and 2017; HR every other year), confidential figures
 * (MT content offences), missing years (EL until 2015, IE in 2022), a country reporting only a
 * group total (RO), one reporting nothing but that group, so that it has no total at all (XK,
 * whose name carries a footnote, with a population for 2016–2020 only), provisional and
 * estimated figures, low-reliability rates (LI), alert figures of three platforms (one with a
 * hostile name), validation checks (some hostile), and the submissions in force with two
 * revisions and notes (one hostile).
 * The metrics are computed here, in plain Java, the way docs/metrics.md defines them.
 */
public final class ReportFixtures {

    public static final int YEAR = 2022;
    public static final int FIRST = 2013;
    public static final int BASE_YEAR = 2015;
    public static final String HOSTILE_PLATFORM = "=HYPERLINK(\"http://evil.example\",\"x\")";
    public static final String HOSTILE_MESSAGE = "+cmd|' /C calc'!A0 value looks wrong";
    public static final String HOSTILE_COLUMN = "@SUM(A1:A9)";
    /** A note as a hostile uploader might write it: a formula, markup for the PDF's narratives, a terminal escape. */
    public static final String HOSTILE_NOTE = "=HYPERLINK(\"http://evil.example\",\"x\") **bold** <b>tag</b> \u001B[2J";
    public static final String FR_REVISION_NOTE = "Révision : chiffres définitifs";
    public static final String PT_NOTE = "Break in series: new recording rules from 2018";
    public static final String LEGACY_MESSAGE = "The value 3 follows a zero in 2020 (already in the warehouse).";

    /**
     * The report input and the confidential values hidden in it (they must appear nowhere). The
     * confidential figures still carry their values and metrics, as a careless metrics job might.
     */
    public record Fixture(ReportData data, List<Long> confidentialValues) {
    }

    private ReportFixtures() {
    }

    public static Fixture realistic() {
        ReferenceData ref = ReferenceData.shipped();
        Random rnd = new Random(20221231L);
        List<Country> countries = new ArrayList<>(ref.countries().eu27());
        for (String other : List.of("IS", "LI", "NO", "CH", "XK")) {
            countries.add(ref.countries().get(other));
        }
        List<Offence> leaves = ref.offences().leaves();
        // raw[geo][offence][year] = count, null = not reported; flags alongside.
        Map<String, Map<String, Map<Integer, Long>>> raw = new LinkedHashMap<>();
        Map<String, Map<String, Map<Integer, String>>> flags = new HashMap<>();
        List<Long> confidential = new ArrayList<>();
        for (Country c : countries) {
            String geo = c.geo();
            double level = 40 + rnd.nextDouble() * 260; // offences per 100 000 in the first year
            double growth = 0.02 + rnd.nextDouble() * 0.12;
            Map<String, Map<Integer, Long>> byOffence = new LinkedHashMap<>();
            for (Offence leaf : leaves) {
                double share = shareOf(leaf.code()) * (0.6 + rnd.nextDouble() * 0.8);
                double leafGrowth = growth + (rnd.nextDouble() - 0.5) * 0.12;
                Map<Integer, Long> years = new LinkedHashMap<>();
                for (int y = FIRST; y <= YEAR; y++) {
                    if (!reports(geo, y)) {
                        continue;
                    }
                    long pop = ref.population().populationOf(geo, y).orElse(5_000_000L);
                    double rate = level * share * Math.pow(1 + leafGrowth, y - FIRST) * (0.93 + rnd.nextDouble() * 0.14);
                    if (geo.equals("DE") && y >= 2018) {
                        rate *= 1.45; // new recording rules: a level shift, flagged as a break
                    }
                    years.put(y, Math.max(0, Math.round(rate * pop / 100_000.0)));
                }
                byOffence.put(leaf.code(), years);
            }
            raw.put(geo, byOffence);
        }
        // Romania reports only the total of acts against computer systems (ICCS 0903), no offences.
        for (Offence leaf : ref.offences().children("CIA")) {
            raw.get("RO").get(leaf.code()).clear();
        }
        // Kosovo reports only that group total too, and nothing else: it has no total of all cybercrime.
        for (Offence leaf : leaves) {
            raw.get("XK").get(leaf.code()).clear();
        }
        Map<String, Map<String, Map<Integer, Long>>> full = new LinkedHashMap<>();
        for (Country c : countries) {
            String geo = c.geo();
            Map<String, Map<Integer, Long>> byOffence = new LinkedHashMap<>(raw.get(geo));
            for (Offence g : ref.offences().groups()) {
                Map<Integer, Long> sums = new LinkedHashMap<>();
                for (int y = FIRST; y <= YEAR; y++) {
                    Long sum = 0L;
                    for (Offence leaf : ref.offences().children(g.code())) {
                        Long v = byOffence.get(leaf.code()).get(y);
                        sum = v == null || sum == null ? null : sum + v;
                    }
                    if (sum != null) {
                        sums.put(y, sum);
                    }
                }
                byOffence.put(g.code(), sums);
            }
            if (geo.equals("RO") || geo.equals("XK")) {
                Map<Integer, Long> cia = new LinkedHashMap<>();
                for (int y = FIRST; y <= YEAR; y++) {
                    cia.put(y, geo.equals("RO") ? 1800L + 170L * (y - FIRST) : 160L + 21L * (y - FIRST));
                }
                byOffence.put("CIA", cia);
            }
            Map<Integer, Long> total = new LinkedHashMap<>();
            for (int y = FIRST; y <= YEAR; y++) {
                Long sum = 0L;
                for (Offence g : ref.offences().groups()) {
                    Long v = byOffence.get(g.code()).get(y);
                    sum = v == null || sum == null ? null : sum + v;
                }
                if (sum != null) {
                    total.put(y, sum);
                }
            }
            byOffence.put("CYB", total);
            full.put(geo, byOffence);
            Map<String, Map<Integer, String>> f = new HashMap<>();
            for (String code : byOffence.keySet()) {
                Map<Integer, String> fy = new HashMap<>();
                for (int y : byOffence.get(code).keySet()) {
                    String fl = "";
                    if (geo.equals("DE") && y == 2018 || geo.equals("LT") && y == YEAR
                            || geo.equals("AT") && (y == 2016 || y == 2017) || geo.equals("HR") && y % 2 == 0 && y > FIRST) {
                        fl = Flags.with(fl, 'b');
                    }
                    if (y == YEAR && Set.of("FR", "IT", "PL").contains(geo)) {
                        fl = Flags.with(fl, 'p');
                    }
                    if (geo.equals("CY") && y >= 2020) {
                        fl = Flags.with(fl, 'e');
                    }
                    if (geo.equals("MT") && (code.equals("CONT_CSAM") || code.equals("CONT"))) {
                        fl = Flags.with(fl, 'c');
                    }
                    if (geo.equals("NL") && code.startsWith("OTHER")) {
                        fl = Flags.with(fl, 'd');
                    }
                    fy.put(y, fl);
                }
                f.put(code, fy);
            }
            flags.put(geo, f);
        }
        // Make the confidential values distinctive, so a leak test finds them if they escape.
        long secret = 1_703;
        for (int y = FIRST; y <= YEAR; y++) {
            long csam = secret + 11L * (y - FIRST);
            long delta = csam - full.get("MT").get("CONT_CSAM").get(y);
            full.get("MT").get("CONT_CSAM").put(y, csam);
            full.get("MT").get("CONT").put(y, full.get("MT").get("CONT").get(y) + delta);
            // The published total stays as reported: Malta's own total does not add up its confidential part.
            confidential.add(csam);
            confidential.add(full.get("MT").get("CONT").get(y));
        }
        List<Figure> figures = new ArrayList<>();
        for (Country c : countries) {
            for (Offence o : ref.offences().all()) {
                figures.addAll(countrySeries(ref, c.geo(), o, full, flags));
            }
        }
        // Rank among reporting countries by rate, per offence and year.
        figures = rank(figures);
        for (Offence o : ref.offences().all()) {
            figures.addAll(euSeries(ref, o, full, flags, countries));
        }
        RunProvenance provenance = new RunProvenance("run-2023-07-01T08-00-00Z-3f9c", YEAR,
                Instant.parse("2023-06-30T00:00:00Z"), Instant.parse("2023-07-01T08:00:00Z"), "0.1.0-test");
        ReportData data = new ReportData(provenance, ref, figures, keyFindings(figures), alerts(), checks(),
                submissions(figures, ref));
        return new Fixture(data, confidential);
    }

    private static boolean reports(String geo, int year) {
        if (geo.equals("EL") && year < 2016) {
            return false;
        }
        return !(geo.equals("IE") && year == YEAR);
    }

    private static double shareOf(String leaf) {
        return switch (leaf) {
            case "COMP_FRAUD" -> 0.34;
            case "CIA_ACCESS" -> 0.12;
            case "COMP_IDTHEFT" -> 0.09;
            case "CIA_SYSTEM" -> 0.06;
            case "CONT_CSAM" -> 0.07;
            case "OTHER_OTHER" -> 0.08;
            case "IP_COPYRIGHT" -> 0.05;
            case "CIA_DATA", "COMP_FORGERY", "OTHER_PRIVACY" -> 0.04;
            case "CONT_RACISM", "OTHER_SPAM" -> 0.025;
            default -> 0.01;
        };
    }

    private static List<Figure> countrySeries(ReferenceData ref, String geo, Offence o,
                                              Map<String, Map<String, Map<Integer, Long>>> full,
                                              Map<String, Map<String, Map<Integer, String>>> flags) {
        Map<Integer, Long> values = full.get(geo).get(o.code());
        List<Figure> out = new ArrayList<>();
        for (int y = FIRST; y <= YEAR; y++) {
            if (!values.containsKey(y)) {
                continue;
            }
            String fl = flags.get(geo).get(o.code()).getOrDefault(y, "");
            long v = values.get(y);
            Long pop = ref.population().populationOf(geo, y).isPresent() ? ref.population().populationOf(geo, y).getAsLong() : null;
            Double rate = pop == null ? null : v * 100_000.0 / pop;
            if (rate != null && v < 20) {
                fl = Flags.with(fl, 'u');
            }
            Long total = full.get(geo).get("CYB").get(y);
            Double share = total == null || total == 0 ? null : 100.0 * v / total;
            Metrics m = metrics(values, flags.get(geo).get(o.code()), y);
            // A confidential figure keeps its value and metrics here, unlike the metrics job's output:
            // the outputs must hide them through Shown, and the leak tests check that they do.
            out.add(new Figure(geo, o.code(), o.iccs(), "RECORDED", y, v, rate, m.yoyAbs, m.yoyPct, m.cagr, m.ma3,
                    m.index, share, null, fl, null, null));
        }
        return out;
    }

    record Metrics(Long yoyAbs, Double yoyPct, Double cagr, Double ma3, Double index) {
    }

    /** Trend metrics of one series; nothing is computed across a break. */
    static Metrics metrics(Map<Integer, Long> values, Map<Integer, String> flags, int y) {
        Long v = values.get(y);
        Long prev = values.get(y - 1);
        boolean breakAt = flags != null && Flags.has(flags.getOrDefault(y, ""), 'b');
        Long yoyAbs = prev == null || breakAt ? null : v - prev;
        Double yoyPct = prev == null || breakAt || prev == 0 ? null : 100.0 * (v - prev) / prev;
        Long five = values.get(y - 5);
        boolean breakInFive = false;
        for (int k = y - 4; k <= y; k++) {
            breakInFive |= flags != null && Flags.has(flags.getOrDefault(k, ""), 'b');
        }
        Double cagr = five == null || five == 0 || breakInFive ? null : 100.0 * (Math.pow((double) v / five, 0.2) - 1);
        Long p2 = values.get(y - 2);
        boolean breakInThree = flags != null && (Flags.has(flags.getOrDefault(y, ""), 'b')
                || Flags.has(flags.getOrDefault(y - 1, ""), 'b'));
        Double ma3 = prev == null || p2 == null || breakInThree ? null : (v + prev + p2) / 3.0;
        Long base = values.get(BASE_YEAR);
        boolean breakSinceBase = false;
        for (int k = Math.min(BASE_YEAR, y) + 1; k <= Math.max(BASE_YEAR, y); k++) {
            breakSinceBase |= flags != null && Flags.has(flags.getOrDefault(k, ""), 'b');
        }
        Double index = base == null || base == 0 || breakSinceBase ? null : 100.0 * v / base;
        return new Metrics(yoyAbs, yoyPct, cagr, ma3, index);
    }

    private static List<Figure> rank(List<Figure> figures) {
        Map<String, List<Figure>> groups = new HashMap<>();
        for (Figure f : figures) {
            groups.computeIfAbsent(f.offence() + "|" + f.year(), k -> new ArrayList<>()).add(f);
        }
        Map<Figure, Integer> ranks = new HashMap<>();
        for (List<Figure> g : groups.values()) {
            // A confidential figure is not ranked: its rank would tell where its value lies.
            List<Figure> withRate = g.stream().filter(f -> f.ratePer100k() != null && !confidential(f))
                    .sorted(Comparator.comparing(Figure::ratePer100k).reversed()).toList();
            for (int i = 0; i < withRate.size(); i++) {
                ranks.put(withRate.get(i), i + 1);
            }
        }
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            out.add(new Figure(f.geo(), f.offence(), f.iccs(), f.indicator(), f.year(), f.value(), f.ratePer100k(),
                    f.yoyAbs(), f.yoyPct(), f.cagr5y(), f.ma3y(), f.index(), f.shareOfTotal(), ranks.get(f), f.flags(),
                    null, null));
        }
        return out;
    }

    /** True for a figure flagged confidential ({@code c}). */
    public static boolean confidential(Figure f) {
        return Flags.has(f.flags(), Flags.CONFIDENTIAL);
    }

    private static List<Figure> euSeries(ReferenceData ref, Offence o, Map<String, Map<String, Map<Integer, Long>>> full,
                                         Map<String, Map<String, Map<Integer, String>>> flags, List<Country> countries) {
        List<String> eu = countries.stream().filter(Country::isEu27Member).map(Country::geo).toList();
        long euPop2022 = 0;
        List<String> panel = new ArrayList<>();
        for (String geo : eu) {
            boolean every = true;
            for (int y = FIRST; y <= YEAR; y++) {
                every &= full.get(geo).get(o.code()).containsKey(y);
            }
            if (every) {
                panel.add(geo);
            }
        }
        Map<Integer, Long> panelSums = new HashMap<>();
        Map<Integer, String> panelFlags = new HashMap<>();
        for (int y = FIRST; y <= YEAR; y++) {
            long s = 0;
            String fl = "";
            for (String geo : panel) {
                s += full.get(geo).get(o.code()).get(y);
                // The panel's trend is measured on the panel's own series: a break in one country's
                // series is flagged on the EU figure but does not stop the EU trend.
                fl = Flags.union(fl, flags.get(geo).get(o.code()).getOrDefault(y, "").replace("c", "").replace("b", ""));
            }
            panelSums.put(y, s);
            panelFlags.put(y, fl);
        }
        List<Figure> out = new ArrayList<>();
        for (int y = FIRST; y <= YEAR; y++) {
            long sum = 0;
            int covered = 0;
            long coveredPop = 0;
            long allPop = 0;
            String fl = "";
            for (String geo : eu) {
                long pop = ref.population().populationOf(geo, y).orElse(0L);
                allPop += pop;
                Long v = full.get(geo).get(o.code()).get(y);
                if (v != null) {
                    sum += v;
                    covered++;
                    coveredPop += pop;
                    fl = Flags.union(fl, flags.get(geo).get(o.code()).getOrDefault(y, "").replace("c", ""));
                }
            }
            Metrics m = metrics(panelSums, panelFlags, y);
            double popPct = allPop == 0 ? 0 : 100.0 * coveredPop / allPop;
            Long total = null;
            out.add(new Figure(Countries.EU27_2020, o.code(), o.iccs(), "RECORDED", y, sum,
                    coveredPop == 0 ? null : sum * 100_000.0 / coveredPop, m.yoyAbs, m.yoyPct, m.cagr, m.ma3, m.index,
                    null, null, fl, covered, popPct));
        }
        return out;
    }

    private static Map<String, Double> numbers(Object... kv) {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
            }
        }
        return m;
    }

    /**
     * The key findings as the metrics job ranks them: the EU total, the three largest EU rises
     * and two largest falls among groups and offences, the three Member States whose total rose
     * the most, each with its place in its ranking; then the caveat and a break.
     */
    private static List<KeyFinding> keyFindings(List<Figure> figures) {
        Map<String, Figure> eu = new HashMap<>();
        for (Figure f : figures) {
            if (f.geo().equals(Countries.EU27_2020) && f.year() == YEAR) {
                eu.put(f.offence(), f);
            }
        }
        List<Figure> changes = eu.values().stream().filter(f -> !f.offence().equals("CYB") && f.yoyPct() != null)
                .sorted(Comparator.comparing(Figure::yoyPct).reversed().thenComparing(Figure::offence)).toList();
        List<KeyFinding> out = new ArrayList<>();
        Figure total = eu.get("CYB");
        out.add(new KeyFinding(1, KeyFinding.EU_TOTAL_TREND, Countries.EU27_2020, "CYB", "RECORDED", YEAR,
                numbers("value", total.value(), "yoyPct", total.yoyPct(), "cagr5y", total.cagr5y())));
        List<Figure> rises = changes.stream().filter(f -> f.yoyPct() > 0).toList();
        for (int i = 0; i < Math.min(3, rises.size()); i++) {
            Figure up = rises.get(i);
            out.add(new KeyFinding(out.size() + 1, KeyFinding.EU_LARGEST_INCREASE, Countries.EU27_2020, up.offence(),
                    "RECORDED", YEAR, numbers("value", up.value(), "yoyPct", up.yoyPct(), "place", i + 1, "tied", 0,
                            "compared", changes.size())));
        }
        List<Figure> falls = changes.stream().filter(f -> f.yoyPct() < 0).sorted(Comparator.comparing(Figure::yoyPct)).toList();
        for (int i = 0; i < Math.min(2, falls.size()); i++) {
            Figure down = falls.get(i);
            out.add(new KeyFinding(out.size() + 1, KeyFinding.EU_LARGEST_DECREASE, Countries.EU27_2020, down.offence(),
                    "RECORDED", YEAR, numbers("value", down.value(), "yoyPct", down.yoyPct(), "place", i + 1, "tied", 0,
                            "compared", changes.size())));
        }
        List<Figure> steep = figures.stream().filter(f -> f.year() == YEAR && f.offence().equals("CYB")
                        && ref().countries().find(f.geo()).map(c -> c.isEu27Member()).orElse(false) && f.yoyPct() != null)
                .sorted(Comparator.comparing(Figure::yoyPct).reversed()).toList();
        for (int i = 0; i < 3; i++) {
            Figure f = steep.get(i);
            out.add(new KeyFinding(out.size() + 1, KeyFinding.COUNTRY_STEEPEST_RISE, f.geo(), "CYB", "RECORDED", YEAR,
                    numbers("value", f.value(), "yoyPct", f.yoyPct(), "place", i + 1, "tied", 0, "compared", steep.size())));
        }
        out.add(new KeyFinding(out.size() + 2, KeyFinding.COUNTRY_SERIES_BREAK, "LT", "CYB", "RECORDED", YEAR,
                numbers("year", YEAR)));
        out.add(new KeyFinding(out.size(), KeyFinding.COVERAGE_CAVEAT, Countries.EU27_2020, "CYB", "RECORDED", YEAR,
                numbers("countries", total.countriesCovered(), "populationPct", total.populationCoveredPct())));
        return out;
    }

    private static ReferenceData ref() {
        return ReferenceData.shipped();
    }

    private static List<AlertFigure> alerts() {
        List<AlertFigure> out = new ArrayList<>();
        Random rnd = new Random(7);
        String[] platforms = {"FR-PHAROS", "DE-INTERNETWACHE", HOSTILE_PLATFORM};
        double[] yearly = {168_000, 92_000, 21_500};
        double allVolume = 0;
        double allPrev = 0;
        for (int p = 0; p < platforms.length; p++) {
            double prev = yearly[p] / (1.05 + rnd.nextDouble() * 0.2);
            for (int m = 1; m <= 12; m++) {
                double v = Math.round(yearly[p] / 12 * (0.8 + 0.4 * rnd.nextDouble()));
                out.add(new AlertFigure("VOLUME", YEAR, m, platforms[p], "", "", v));
            }
            out.add(new AlertFigure("VOLUME", YEAR, 0, platforms[p], "", "", yearly[p]));
            out.add(new AlertFigure("VOLUME", YEAR - 1, 0, platforms[p], "", "", Math.round(prev)));
            out.add(new AlertFigure("YOY_PCT", YEAR, 0, platforms[p], "", "", 100 * (yearly[p] - Math.round(prev)) / Math.round(prev)));
            out.add(new AlertFigure("SHARE_FORWARDED_LE", YEAR, 0, platforms[p], "", "", 8 + rnd.nextDouble() * 20));
            out.add(new AlertFigure("MEDIAN_HANDLING_HOURS", YEAR, 0, platforms[p], "", "", 20 + rnd.nextDouble() * 50));
            out.add(new AlertFigure("P90_HANDLING_HOURS", YEAR, 0, platforms[p], "", "", 150 + rnd.nextDouble() * 300));
            out.add(new AlertFigure("DUPLICATE_RATE", YEAR, 0, platforms[p], "", "", 3 + rnd.nextDouble() * 9));
            allVolume += yearly[p];
            allPrev += Math.round(prev);
        }
        out.add(new AlertFigure("VOLUME", YEAR, 0, "", "", "", allVolume));
        out.add(new AlertFigure("YOY_PCT", YEAR, 0, "", "", "", 100 * (allVolume - allPrev) / allPrev));
        out.add(new AlertFigure("SHARE_FORWARDED_LE", YEAR, 0, "", "", "", 14.2));
        out.add(new AlertFigure("MEDIAN_HANDLING_HOURS", YEAR, 0, "", "", "", 41.5));
        out.add(new AlertFigure("P90_HANDLING_HOURS", YEAR, 0, "", "", "", 312.0));
        out.add(new AlertFigure("DUPLICATE_RATE", YEAR, 0, "", "", "", 6.8));
        Map<String, Double> byOffence = Map.of("COMP_FRAUD", 96_000.0, "CONT_CSAM", 38_000.0, "CONT_RACISM", 27_500.0,
                "OTHER_SPAM", 51_000.0, "CIA_ACCESS", 12_000.0, "CONT_TERROR", 9_000.0, "OTHER_OTHER", 47_000.0);
        new TreeSet<>(byOffence.keySet()).forEach(o -> out.add(new AlertFigure("VOLUME", YEAR, 0, "", o, "", byOffence.get(o))));
        return out;
    }

    /** An issue as the validation raised it: its English message is its phrase written in English. */
    static SubmissionCheck check(String geo, String submission, String file, long line, String column,
                                         Check check, Object... values) {
        Phrase words = check.phrase(values);
        return new SubmissionCheck(geo, submission, file, check.level().name(), line, column, check.code(),
                words.in(Language.EN), words);
    }

    private static List<SubmissionCheck> checks() {
        List<SubmissionCheck> out = new ArrayList<>();
        out.add(check("DE", "sub-DE-2022-01", "de_cyber_2022.csv", 14, "value", Checks.W_YOY_JUMP, "value", 4120L,
                "change", Phrase.of("change.times", "ratio", new BigDecimal("3.4")), "previousYear", 2021,
                "previous", 1212L, "source", Phrase.of("source.warehouse")));
        out.add(check("DE", "sub-DE-2022-01", "de_cyber_2022.csv", 3, "value", Checks.W_CHILDREN_BELOW_PARENT,
                "parent", "CIA", "sum", 900L, "value", 1000L, "difference", 100L));
        out.add(check("FR", "sub-FR-2022-02", "fr_2022.xlsx", 22, "value", Checks.W_AMBIGUOUS_NUMBER,
                "values", Phrase.count("count.values", 3), "readAsWhole", Phrase.count("count.values-read-whole", 3),
                "example", "1.092", "first", 22L, "separator", ".",
                "reading", Phrase.of("reading.as", "written", "1.092", "read", "1092")));
        out.add(check("FR", "sub-FR-2022-01", "fr_2022_v1.csv", 7, "offence", Checks.E_UNKNOWN_OFFENCE,
                "value", "CYBER_FRAUDE", "hint", ""));
        out.add(check("MT", "sub-MT-2022-01", "mt.csv", 9, "Kodiċi", Checks.W_UNMAPPED_OFFENCE,
                "rows", Phrase.count("count.rows", 4), "notRead", Phrase.count("count.rows-not-read", 4),
                "distinct", Phrase.count("count.national-codes", 2),
                "profile", "mt-police.yaml", "codes", "401, 402", "first", 9L));
        out.add(check("NL", "sub-NL-2022-01", "nl.csv", 31, HOSTILE_COLUMN, Checks.W_EXTRA_COLUMN,
                "column", HOSTILE_COLUMN, "format", Phrase.of("format.project-csv")));
        out.add(check("NL", "sub-NL-2022-01", "-nl-2022.csv", 40, "value", Checks.E_NOT_A_NUMBER,
                "value", HOSTILE_MESSAGE, "detail", ""));
        // Kept before messages had words of their own: the sheet shows the English message as it was.
        out.add(new SubmissionCheck("NL", "sub-NL-2021-01", "nl-2021.csv", "WARNING", 12, "value", "W_AFTER_ZERO",
                LEGACY_MESSAGE, null));
        out.add(check("PL", "sub-PL-2022-01", "pl_2022.csv", 40, "value", Checks.W_AFTER_ZERO, "value", 12L,
                "previousYear", 2021, "source", Phrase.of("source.file-line", "line", 39L)));
        return out;
    }

    /**
     * The submissions in force: one file per Member State with figures, later revisions of 2021–2022
     * by France (with a note), Germany (without) and the Netherlands (with a hostile note), and
     * Portugal's note on its break in series.
     */
    private static List<SubmissionInForce> submissions(List<Figure> figures, ReferenceData ref) {
        Instant first = Instant.parse("2023-03-01T09:00:00Z");
        Instant later = Instant.parse("2023-05-15T14:30:00Z");
        List<SubmissionInForce> out = new ArrayList<>();
        for (Country c : ref.countries().eu27()) {
            List<Integer> years = figures.stream().filter(f -> f.geo().equals(c.geo()))
                    .map(Figure::year).distinct().sorted().toList();
            if (years.isEmpty()) {
                continue;
            }
            boolean revised = List.of("FR", "DE", "NL").contains(c.geo());
            List<Integer> own = revised ? years.stream().filter(y -> y < 2021).toList() : years;
            long count = figures.stream().filter(f -> f.geo().equals(c.geo()) && own.contains(f.year())).count();
            String file = c.geo().toLowerCase(java.util.Locale.ROOT) + "-" + years.get(0) + "-" + YEAR + ".csv";
            List<SubmissionNote> notes = switch (c.geo()) {
                case "PT" -> List.of(new SubmissionNote("PT", PT_NOTE, List.of(2018), 22));
                case "NL" -> List.of(new SubmissionNote("NL", "Estimated from regional returns", List.of(2013, 2014), 44));
                default -> List.of();
            };
            out.add(new SubmissionInForce("S20230301T090000000-" + c.geo().toLowerCase(java.util.Locale.ROOT) + "000001",
                    file, first, c.geo(), own, count, List.of(), notes));
            if (revised) {
                long rev = figures.stream().filter(f -> f.geo().equals(c.geo()) && f.year() >= 2021).count();
                List<SubmissionNote> revNotes = switch (c.geo()) {
                    case "FR" -> List.of(new SubmissionNote("FR", FR_REVISION_NOTE, List.of(2021, 2022), rev));
                    case "NL" -> List.of(new SubmissionNote("NL", HOSTILE_NOTE, List.of(2021), 2));
                    default -> List.of();
                };
                out.add(new SubmissionInForce("S20230515T143000000-" + c.geo().toLowerCase(java.util.Locale.ROOT) + "000002",
                        c.geo().toLowerCase(java.util.Locale.ROOT) + "-2021-2022-revision.csv", later, c.geo(),
                        List.of(2021, 2022), rev, List.of(2021, 2022), revNotes));
            }
        }
        return out;
    }
}
