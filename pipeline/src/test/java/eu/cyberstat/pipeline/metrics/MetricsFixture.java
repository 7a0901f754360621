package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.reference.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small set of national figures for 2013–2022 with every case the rules distinguish:
 * complete and partial children, a country reporting only a group total, parents reported and
 * derived, mismatches, zeros, small counts, breaks, missing years, confidential values (with and
 * without a value), a non-EU country without population for some years, an aggregate row,
 * a second indicator and a tie in rates.
 */
public final class MetricsFixture {

    static final int FIRST = 2013;
    static final int LAST = 2022;

    private final List<Observation> rows = new ArrayList<>();

    private MetricsFixture() {
    }

    /** AT and BE get a population of exactly 1 000 000 so that their rates are value / 10. */
    public static PopulationTable population() {
        Map<String, Map<Integer, Long>> updates = new TreeMap<>();
        for (String geo : List.of("AT", "BE")) {
            Map<Integer, Long> years = new TreeMap<>();
            for (int y = FIRST; y <= LAST; y++) {
                years.put(y, 1_000_000L);
            }
            updates.put(geo, years);
        }
        return ReferenceData.shipped().population().withUpdates(updates);
    }

    public static List<Observation> observations() {
        MetricsFixture f = new MetricsFixture();
        // AT: total reported every year; computer-related offences complete, so COMP is derived.
        f.series("AT", "CYB", 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 2000);
        f.series("AT", "COMP_FORGERY", 100, 100, 100, 100, 100, 100, 100, 100, 100, 100);
        f.series("AT", "COMP_FRAUD", 300, 310, 320, 330, 340, 350, 360, 370, 380, 390);
        f.series("AT", "COMP_IDTHEFT", 50, 50, 50, 50, 50, 60, 60, 60, 60, 60);
        f.series("AT", "CIA", 400, 420, 440, 460, 480, 500, 550, 600, 650, 700);
        f.add("AT", 2021, "CYB", "SUSPECTS", 900L, "");
        f.add("AT", 2022, "CYB", "SUSPECTS", 990L, "p");
        // Persons do not add up: suspects of the COMP offences exceed the CYB suspects (one person,
        // several offences), and with every COMP offence present COMP must still not be derived.
        f.add("AT", 2022, "COMP_FORGERY", "SUSPECTS", 400L, "");
        f.add("AT", 2022, "COMP_FRAUD", "SUSPECTS", 500L, "");
        f.add("AT", 2022, "COMP_IDTHEFT", "SUSPECTS", 300L, "");
        // BE reports only the group total of offences against computer systems; 2022 ties with AT's rate.
        f.series("BE", "CIA", 500, 510, 520, 530, 540, 550, 560, 570, 600, 700);
        // BG: every CIA offence except misuse of devices in 2016 and 2020; CIA itself reported in 2019 and 2020.
        for (int y = FIRST; y <= LAST; y++) {
            int i = y - FIRST;
            f.add("BG", y, "CIA_ACCESS", 10L + i, "");
            f.add("BG", y, "CIA_INTERCEPT", 20L + i, "");
            f.add("BG", y, "CIA_DATA", 30L + i, "");
            f.add("BG", y, "CIA_SYSTEM", 40L + i, "");
            if (y != 2016 && y != 2020) {
                f.add("BG", y, "CIA_DEVICES", 50L + i, "");
            }
        }
        f.add("BG", 2019, "CIA", 999L, "");
        f.add("BG", 2020, "CIA", 100L, "e");
        // CY: small counts (low reliability) and a zero.
        f.series("CY", "CYB", 5, 8, 0, 12, 15, 18, 25, 30, 28, 35);
        // CZ: break in series in 2017, nothing for 2019.
        for (int y = FIRST; y <= LAST; y++) {
            if (y != 2019) {
                f.add("CZ", y, "CYB", 2000L + 150L * (y - FIRST), y == 2017 ? "b" : "");
            }
        }
        // DK: its 2020 figure is confidential.
        f.series("DK", "CYB", 3000, 3100, 3300, 3200, 3500, 3600, 3700, 3900, 4100, 4000);
        f.flag("DK", 2020, "CYB", "c");
        f.flag("DK", 2019, "CYB", "e");
        // EE: nothing for the base year 2013.
        for (int y = 2014; y <= LAST; y++) {
            f.add("EE", y, "CYB", 700L + 20L * (y - FIRST), "");
        }
        // FI: 2021 withheld as ": c" (no value at all).
        for (int y = FIRST; y <= LAST; y++) {
            f.add("FI", y, "CYB", y == 2021 ? null : 2500L + 100L * (y - FIRST), y == 2021 ? "c" : "");
        }
        // LU reports the five groups, never the total: CYB is derived, and is confidential in 2018.
        f.series("LU", "CIA", 40, 42, 44, 46, 48, 50, 52, 54, 56, 58);
        f.series("LU", "COMP", 60, 61, 62, 63, 64, 65, 66, 67, 68, 69);
        f.series("LU", "CONT", 10, 10, 11, 11, 12, 12, 13, 13, 14, 14);
        f.series("LU", "IP", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        f.series("LU", "OTHER", 7, 7, 8, 8, 9, 9, 10, 10, 11, 11);
        f.flag("LU", 2018, "CONT", "c");
        // DE: total and groups reported; the 2021 total disagrees with its groups.
        f.series("DE", "CYB", 50000, 52000, 54000, 56000, 58000, 60000, 62000, 64000, 66000, 70000);
        int[] share = {20, 40, 20, 5, 15};
        String[] groups = {"CIA", "COMP", "CONT", "IP", "OTHER"};
        for (int y = FIRST; y <= LAST; y++) {
            long total = 50000L + 2000L * (y - FIRST) + (y == LAST ? 2000L : 0L);
            if (y == 2021) {
                total += 500;
            }
            for (int g = 0; g < groups.length; g++) {
                f.add("DE", y, groups[g], total * share[g] / 100, "");
            }
        }
        // XK (not EU; no population before 2014 in the shipped table): not in EU sums, not ranked.
        f.series("XK", "CYB", 90, 95, 100, 105, 110, 115, 120, 125, 130, 135);
        // An aggregate reported by an import: ignored.
        f.series("EU27_2020", "CYB", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        // Outside the window: ignored.
        f.add("AT", 2012, "CYB", 900L, "");
        return f.rows;
    }

    private void series(String geo, String offence, long... values) {
        for (int i = 0; i < values.length; i++) {
            add(geo, FIRST + i, offence, values[i], "");
        }
    }

    private void add(String geo, int year, String offence, Long value, String flags) {
        add(geo, year, offence, "RECORDED", value, flags);
    }

    private void add(String geo, int year, String offence, String indicator, Long value, String flags) {
        rows.add(new Observation(geo, year, offence, indicator, value, flags, ""));
    }

    private void flag(String geo, int year, String offence, String flags) {
        for (int i = 0; i < rows.size(); i++) {
            Observation o = rows.get(i);
            if (o.geo().equals(geo) && o.year() == year && o.offence().equals(offence)) {
                rows.set(i, new Observation(geo, year, offence, o.indicator(), o.value(), flags, o.note()));
            }
        }
    }
}
