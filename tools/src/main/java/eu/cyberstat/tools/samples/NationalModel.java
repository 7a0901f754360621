package eu.cyberstat.tools.samples;

import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.ReferenceData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;

/**
 * The synthetic truth behind the sample files: for one country, offences recorded and suspects
 * for every offence of the classification and every year. Counts scale with the population of
 * the reference data, grow over the decade (with a bump in 2020, the pandemic year), are split
 * over the offences by country-specific shares, and add up exactly: each group is the sum of its
 * offences, the total the sum of the groups. Suspects are persons: a category counts at least as
 * many as any of its offences and fewer than their sum. Deterministic for a given seed.
 */
final class NationalModel {

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2022;

    /** Typical shares of the offences in recorded cybercrime (fraud dominates), before the national twist. */
    private static final Map<String, Double> BASE_SHARES = new LinkedHashMap<>();

    static {
        BASE_SHARES.put("CIA_ACCESS", 0.12);
        BASE_SHARES.put("CIA_INTERCEPT", 0.02);
        BASE_SHARES.put("CIA_DATA", 0.05);
        BASE_SHARES.put("CIA_SYSTEM", 0.06);
        BASE_SHARES.put("CIA_DEVICES", 0.02);
        BASE_SHARES.put("COMP_FORGERY", 0.06);
        BASE_SHARES.put("COMP_FRAUD", 0.40);
        BASE_SHARES.put("COMP_IDTHEFT", 0.07);
        BASE_SHARES.put("CONT_CSAM", 0.06);
        BASE_SHARES.put("CONT_RACISM", 0.02);
        BASE_SHARES.put("CONT_TERROR", 0.005);
        BASE_SHARES.put("IP_COPYRIGHT", 0.03);
        BASE_SHARES.put("OTHER_PRIVACY", 0.03);
        BASE_SHARES.put("OTHER_SPAM", 0.01);
        BASE_SHARES.put("OTHER_TRAFFICKING", 0.015);
        BASE_SHARES.put("OTHER_OTHER", 0.04);
    }

    /** Offence series whose expected counts stay below this are zero throughout (a small country's rare offence). */
    private static final double ZERO_BELOW = 3.0;

    final String geo;
    private final ReferenceData reference;
    private final Map<Integer, Map<String, Long>> recorded = new HashMap<>();
    private final Map<Integer, Map<String, Long>> suspects = new HashMap<>();

    /**
     * @param breakYear from this year on, counts are 1.5 times higher (a wider recording rule), 0 for none
     */
    NationalModel(ReferenceData reference, String geo, long seed, int breakYear) {
        this.geo = geo;
        this.reference = reference;
        Random rnd = new Random(seed);
        double rate2013 = 50 + rnd.nextDouble() * 170;           // recorded cybercrime per 100 000 in 2013
        double growth = 1.05 + rnd.nextDouble() * 0.09;          // 5 to 14 % a year
        double suspectRatio = 0.18 + rnd.nextDouble() * 0.15;    // suspects per recorded offence
        Map<String, Double> twist = new LinkedHashMap<>();
        BASE_SHARES.forEach((leaf, share) -> twist.put(leaf, share * (0.6 + 0.8 * rnd.nextDouble())));

        Map<Integer, Map<String, Double>> expected = new HashMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            double total = rate2013 * population(reference, geo, year) / 100_000.0 * Math.pow(growth, year - FIRST_YEAR)
                    * (year >= 2020 ? 1.06 : 1.0) * (breakYear > 0 && year >= breakYear ? 1.5 : 1.0)
                    * (1 + (rnd.nextDouble() - 0.5) * 0.06);
            Map<String, Double> shares = new LinkedHashMap<>(twist);
            double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
            final int y = year;
            Map<String, Double> leaves = new LinkedHashMap<>();
            shares.forEach((leaf, share) -> leaves.put(leaf, total * share / sum
                    * (leaf.equals("COMP_FRAUD") ? 1 + 0.03 * (y - FIRST_YEAR) : 1.0)
                    * (1 + (rnd.nextDouble() - 0.5) * 0.06)));
            expected.put(year, leaves);
        }
        for (String leaf : BASE_SHARES.keySet()) {
            double max = expected.values().stream().mapToDouble(m -> m.get(leaf)).max().orElse(0);
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                long value = max < ZERO_BELOW ? 0 : Math.round(expected.get(year).get(leaf));
                recorded.computeIfAbsent(year, k -> new HashMap<>()).put(leaf, value);
                long persons = Math.round(value * suspectRatio * (1 + (rnd.nextDouble() - 0.5) * 0.1));
                suspects.computeIfAbsent(year, k -> new HashMap<>()).put(leaf, persons);
            }
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            addUp(reference, "CYB", recorded.get(year), suspects.get(year));
        }
    }

    /** Fills in groups and the total from their offences; returns {recorded, suspects} of the code. */
    private static long[] addUp(ReferenceData reference, String code, Map<String, Long> rec, Map<String, Long> sus) {
        List<Offence> children = reference.offences().children(code);
        if (children.isEmpty()) {
            return new long[] {rec.get(code), sus.get(code)};
        }
        long r = 0;
        long s = 0;
        long maxS = 0;
        for (Offence child : children) {
            long[] c = addUp(reference, child.code(), rec, sus);
            r += c[0];
            s += c[1];
            maxS = Math.max(maxS, c[1]);
        }
        long persons = Math.max(maxS, Math.round(s * 0.92)); // some persons are suspected of several offences
        rec.put(code, r);
        sus.put(code, persons);
        return new long[] {r, persons};
    }

    long recorded(int year, String offence) {
        return recorded.get(year).get(offence);
    }

    long suspects(int year, String offence) {
        return suspects.get(year).get(offence);
    }

    /** Overrides the recorded count of an offence (a deliberate first case after zeros); its parents follow. */
    void setRecorded(int year, String offence, long value) {
        recorded.get(year).put(offence, value);
        addUp(reference, "CYB", recorded.get(year), suspects.get(year));
    }

    static long population(ReferenceData reference, String geo, int year) {
        for (int d = 0; d < 15; d++) {
            for (int y : new int[] {year - d, year + d}) {
                OptionalLong p = reference.population().populationOf(geo, y);
                if (p.isPresent()) {
                    return p.getAsLong();
                }
            }
        }
        throw new IllegalStateException("No population for " + geo);
    }

    /** Every offence code in classification order. */
    static List<String> allOffences(ReferenceData reference) {
        List<String> codes = new ArrayList<>();
        reference.offences().all().forEach(o -> codes.add(o.code()));
        return codes;
    }
}
