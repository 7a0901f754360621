package eu.cyberstat.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.run.AnnualRun;
import eu.cyberstat.pipeline.run.RunRequest;
import eu.cyberstat.pipeline.run.RunTestSupport;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.warehousing.Warehouse;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secondary suppression checked on the finished files of an annual run over awkward crafted
 * cases, each in its own year or offence: one confidential country in an EU sum, two, a
 * confidential group whose offences are published, a confidential total whose groups are, a
 * confidential figure in a panel year, zeros, a figure sent as ": c" without a value, the same
 * country confidential two years running, an EU sum of one confidential figure, a non-additive
 * indicator, and a derived group over a confidential offence.
 */
class ConfidentialityOnFilesTest {

    private static final ReferenceData REFERENCE = ReferenceData.shipped();
    private static final Set<String> EU27 = REFERENCE.countries().eu27().stream().map(Country::geo)
            .collect(Collectors.toSet());

    @TempDir
    static Path dir;

    private static final List<Observation> INPUT = new ArrayList<>();
    private static List<RecoveryAudit.Row> rows;
    private static Map<List<String>, List<String>> panels;
    private static Path out;

    private static void add(String geo, int year, String offence, Long value, boolean confidential) {
        add(geo, year, offence, "RECORDED", value, confidential);
    }

    private static void add(String geo, int year, String offence, String indicator, Long value, boolean confidential) {
        INPUT.add(new Observation(geo, year, offence, indicator, value, confidential ? "c" : "", ""));
    }

    private static void family(int year, String parent, String confidentialGeo, String confidentialOffence,
                               boolean withoutValue) {
        for (String geo : List.of("AT", "BE", "BG", "CZ")) {
            long k = 10 + geo.charAt(0) % 7 + geo.charAt(1) % 5;
            long sum = 0;
            List<String> children = REFERENCE.offences().children(parent).stream().map(o -> o.code()).toList();
            for (int i = 0; i < children.size(); i++) {
                long v = k * (i + 3);
                sum += v;
                boolean secret = geo.equals(confidentialGeo) && children.get(i).equals(confidentialOffence);
                add(geo, year, children.get(i), secret && withoutValue ? null : v, secret);
            }
            add(geo, year, parent, sum, geo.equals(confidentialGeo) && parent.equals(confidentialOffence));
        }
    }

    @BeforeAll
    static void runTheYear() throws Exception {
        // One confidential country among published ones; then two confidential.
        add("AT", 2013, "COMP_FRAUD", 216L, true);
        add("BE", 2013, "COMP_FRAUD", 500L, false);
        add("BG", 2013, "COMP_FRAUD", 300L, false);
        add("CY", 2013, "COMP_FRAUD", 250L, false);
        add("AT", 2014, "COMP_FRAUD", 216L, true);
        add("BE", 2014, "COMP_FRAUD", 500L, true);
        add("BG", 2014, "COMP_FRAUD", 300L, false);
        // A confidential group whose offences are published; a confidential total whose groups are.
        family(2015, "CONT", "AT", "CONT", false);
        family(2016, "CYB", "AT", "CYB", false);
        // A confidential offence sent without a value, its group and siblings published.
        family(2018, "CONT", "AT", "CONT_TERROR", true);
        // Zeros: a confidential zero beside another zero.
        add("AT", 2017, "IP_COPYRIGHT", 0L, true);
        add("BE", 2017, "IP_COPYRIGHT", 0L, false);
        add("BG", 2017, "IP_COPYRIGHT", 40L, false);
        add("CZ", 2017, "IP_COPYRIGHT", 70L, false);
        // A panel over the whole window, DK confidential in 2019; HR only in 2019 (in the EU sum, not the panel).
        for (int y = 2013; y <= 2022; y++) {
            for (String geo : List.of("DK", "EE", "FI", "FR")) {
                add(geo, y, "OTHER_SPAM", 100L + geo.charAt(0) + 3L * (y - 2013), geo.equals("DK") && y == 2019);
            }
        }
        add("HR", 2019, "OTHER_SPAM", 150L, false);
        // The same country confidential two years running.
        for (int y = 2020; y <= 2021; y++) {
            add("AT", y, "COMP_FORGERY", 300L, true);
            add("BE", y, "COMP_FORGERY", 310L + 60 * (y - 2020), false);
            add("BG", y, "COMP_FORGERY", 340L - 20 * (y - 2020), false);
            add("CZ", y, "COMP_FORGERY", 900L, false);
        }
        // An EU sum made of one confidential figure (ME is not a Member State).
        add("AT", 2022, "CIA_INTERCEPT", 12L, true);
        add("ME", 2022, "CIA_INTERCEPT", 40L, false);
        // A non-additive indicator: EU sums only.
        add("AT", 2019, "CYB", "SUSPECTS", 120L, true);
        add("BE", 2019, "CYB", "SUSPECTS", 150L, false);
        add("BG", 2019, "CYB", "SUSPECTS", 90L, false);
        // A group derived from its offences, one of them confidential.
        for (String geo : List.of("AT", "BE", "BG")) {
            long k = geo.charAt(1);
            for (String leaf : List.of("CIA_ACCESS", "CIA_INTERCEPT", "CIA_DATA", "CIA_SYSTEM", "CIA_DEVICES")) {
                add(geo, 2021, leaf, k + leaf.length(), geo.equals("AT") && leaf.equals("CIA_ACCESS"));
            }
        }

        Warehouse warehouse = Warehouse.openOrCreate(dir.resolve("warehouse"));
        RunTestSupport.submit(TestSpark.session(), warehouse, "crafted.csv", INPUT);
        out = dir.resolve("out");
        new AnnualRun(TestSpark.session(), warehouse, REFERENCE, REFERENCE.population(), List.of())
                .run(new RunRequest(MetricsConfig.of(2022), null, out));
        rows = RecoveryAudit.read(out.resolve("metrics-2022.csv"));
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) manifest.get("panels");
        panels = RecoveryAudit.panelsOf(list);
    }

    private static RecoveryAudit audit(List<RecoveryAudit.Row> published) {
        Set<RecoveryAudit.Cell> withoutValue = Set.of(new RecoveryAudit.Cell('V', "AT", "CONT_TERROR", "RECORDED", 2018));
        return new RecoveryAudit(REFERENCE.offences(), EU27, REFERENCE.additiveIndicators(), 2013, published, panels,
                withoutValue);
    }

    private static Set<RecoveryAudit.Cell> primaries() {
        return RecoveryAudit.confidentialCells(rows, "C");
    }

    @Test
    void noConfidentialFigureCanBeWorkedOutOfTheMetricsFile() {
        assertThat(primaries()).as("every crafted confidential figure, and the EU sum of one").hasSize(14);
        Set<RecoveryAudit.Cell> recovered = audit(rows).recoverable();
        assertThat(recovered).as("recoverable from the published figures").doesNotContainAnyElementsOf(primaries());
    }

    @Test
    void withoutTheSecondaryCellsTheAuditWouldRecoverThem() {
        // The same file with every secondary cell published again: the audit must find the figures they protect.
        Map<String, Long> truth = new HashMap<>();
        for (Observation o : INPUT) {
            truth.put(o.geo() + o.offence() + o.indicator() + o.year(), o.value());
        }
        List<RecoveryAudit.Row> republished = new ArrayList<>();
        for (RecoveryAudit.Row r : rows) {
            boolean secondary = r.confStatus().equals("S");
            Long value = secondary ? truth.get(r.geo() + r.offence() + r.indicator() + r.year()) : r.value();
            if (secondary && value == null) {
                value = derived(r);
            }
            republished.add(new RecoveryAudit.Row(r.geo(), r.offence(), r.indicator(), r.year(), value, r.rate(),
                    r.yoyAbs(), r.yoyPct(), r.cagr(), r.ma3(), r.index(), r.share(), r.flags(), r.covered(),
                    r.panelValue(), r.panelCountries(), secondary ? "F" : r.confStatus()));
        }
        assertThat(RecoveryAudit.confidentialCells(rows, "S")).isNotEmpty();
        Set<RecoveryAudit.Cell> protectedOnes = new TreeSet<>(primaries());
        // Two confidential figures of one sum protect each other, and an EU sum of one confidential figure is
        // that figure: neither needed another cell.
        protectedOnes.removeIf(c -> c.scope() == 'E' || c.year() == 2014
                || (c.offence().equals("CIA_INTERCEPT") && c.year() == 2022));
        assertThat(audit(republished).recoverable()).containsAll(protectedOnes);
    }

    private static Long derived(RecoveryAudit.Row r) {
        long sum = 0;
        for (var child : REFERENCE.offences().children(r.offence())) {
            sum += INPUT.stream().filter(o -> o.geo().equals(r.geo()) && o.offence().equals(child.code())
                    && o.year() == r.year() && o.indicator().equals(r.indicator())).findFirst().orElseThrow().value();
        }
        return sum;
    }

    @Test
    void theFigureWithheldBesideAPanelYearIsInThePanel() {
        assertThat(panels.get(List.of("OTHER_SPAM", "RECORDED"))).containsExactly("DK", "EE", "FI", "FR");
        assertThat(rows).filteredOn(r -> r.offence().equals("OTHER_SPAM") && r.confStatus().equals("S"))
                .singleElement().satisfies(r -> {
                    assertThat(r.year()).isEqualTo(2019);
                    assertThat(r.geo()).isIn("EE", "FI", "FR");
                });
        RecoveryAudit.Row eu2019 = row("EU27_2020", "OTHER_SPAM", "RECORDED", 2019);
        assertThat(eu2019.value()).as("the EU sum stays published").isNotNull();
        assertThat(eu2019.panelValue()).isNotNull();
    }

    @Test
    void aZeroIsProtectedByANonZero() {
        assertThat(rows).filteredOn(r -> r.offence().equals("IP_COPYRIGHT") && r.year() == 2017
                        && r.confStatus().equals("S"))
                .singleElement().satisfies(r -> assertThat(r.geo()).isIn("BG", "CZ"));
    }

    @Test
    void theSameCountryIsWithheldBothYears() {
        assertThat(rows).filteredOn(r -> r.offence().equals("COMP_FORGERY") && r.confStatus().equals("S"))
                .extracting(RecoveryAudit.Row::geo).hasSize(2).containsOnly("BE");
    }

    @Test
    void anEuSumOfOneConfidentialFigureIsConfidential() {
        RecoveryAudit.Row eu = row("EU27_2020", "CIA_INTERCEPT", "RECORDED", 2022);
        assertThat(eu.value()).isNull();
        assertThat(eu.rate()).isNull();
        assertThat(eu.confStatus()).isEqualTo("C");
        assertThat(eu.flags()).contains("c");
        assertThat(row("ME", "CIA_INTERCEPT", "RECORDED", 2022).value()).isEqualTo(40L);
    }

    @Test
    void aDerivedGroupOverAConfidentialOffenceIsNotItselfConfidential() {
        RecoveryAudit.Row atCia = row("AT", "CIA", "RECORDED", 2021);
        assertThat(atCia.flags()).doesNotContain("c").isEqualTo(atCia.confStatus().equals("S") ? "c" : "");
        // Either the group or another of AT's offences is withheld; the audit above proves which suffices.
        assertThat(rows).filteredOn(r -> r.geo().equals("AT") && r.year() == 2021 && r.offence().startsWith("CIA")
                && r.confStatus().equals("S")).isNotEmpty();
    }

    @Test
    void everyWithheldFigureIsEmptyWithItsStatusInTheSdmxFile() throws Exception {
        Map<String, RecoveryAudit.Row> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.geo() + "|" + r.offence() + "|" + r.indicator() + "|" + r.year(), r));
        int withheld = 0;
        try (Reader reader = Files.newBufferedReader(out.resolve("sdmx-2022.csv"))) {
            for (CSVRecord s : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                RecoveryAudit.Row r = byKey.get(s.get("GEO") + "|" + s.get("OFFENCE") + "|" + s.get("INDICATOR") + "|"
                        + s.get("TIME_PERIOD"));
                assertThat(s.get("OBS_FLAG")).doesNotContain("c");
                if (r.confStatus().equals("F")) {
                    assertThat(s.get("CONF_STATUS")).isEqualTo("F");
                    continue;
                }
                if (s.get("UNIT").equals("NR")) {
                    withheld++;
                    assertThat(s.get("OBS_VALUE")).isEmpty();
                    assertThat(s.get("CONF_STATUS")).isEqualTo(r.confStatus());
                } else {
                    assertThat(s.get("UNIT")).as("only coverage is published beside a withheld figure")
                            .isIn("NR_GEO", "PC_POP", "NR_GEO_PANEL");
                }
            }
        }
        assertThat(withheld).isEqualTo((int) rows.stream().filter(r -> !r.confStatus().equals("F")).count());
    }

    @Test
    void theEuShareIsAShareOfPublishedFiguresOnly() {
        for (RecoveryAudit.Row eu : rows) {
            if (!eu.geo().equals("EU27_2020") || eu.share() == null) {
                continue;
            }
            long part = 0;
            long total = 0;
            for (RecoveryAudit.Row c : rows) {
                if (EU27.contains(c.geo()) && c.offence().equals(eu.offence()) && c.indicator().equals(eu.indicator())
                        && c.year() == eu.year() && c.value() != null) {
                    RecoveryAudit.Row t = row(c.geo(), "CYB", c.indicator(), c.year());
                    if (t != null && t.value() != null) {
                        part += c.value();
                        total += t.value();
                    }
                }
            }
            assertThat(eu.share()).as("%s", eu).isEqualTo(
                    java.math.BigDecimal.valueOf(part * 100.0 / total).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue());
        }
    }

    private static RecoveryAudit.Row row(String geo, String offence, String indicator, int year) {
        return rows.stream().filter(r -> r.geo().equals(geo) && r.offence().equals(offence)
                && r.indicator().equals(indicator) && r.year() == year).findFirst().orElse(null);
    }
}
