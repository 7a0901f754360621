package eu.cyberstat.ingest.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Fuzzes every reader of outside input with jqwik: inputs start from the shipped samples or from
 * the format's grammar and are then mutated (see {@link Mutation}); every one must be accepted or
 * rejected with a message saying where, within {@link Harness#BOUND_MILLIS} ms, and nothing else.
 * The normal build tries a few hundred inputs per reader; {@code mvn -Pfuzz} (bench/fuzz/run.sh)
 * tries 10 000 each and writes the counts to target/fuzz-report. An input that once failed is
 * kept under src/test/resources/fuzz-regressions and replayed by {@link FuzzRegressionTest}. The
 * seed is fixed by the build ({@link FuzzSeed}); {@code -Dfuzz.seed=random} explores.
 */
@AddLifecycleHook(value = FuzzSeed.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class ReadersFuzzTest {

    private static final Map<String, FuzzTarget> TARGETS = new ConcurrentHashMap<>();

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void projectCsv(@ForAll("project-csv") FuzzInput input) {
        check("project-csv", input);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void sdmxCsv1(@ForAll("sdmx-csv-1") FuzzInput input) {
        check("sdmx-csv-1", input);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void sdmxCsv2(@ForAll("sdmx-csv-2") FuzzInput input) {
        check("sdmx-csv-2", input);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void eurostatTsv(@ForAll("eurostat-tsv") FuzzInput input) {
        check("eurostat-tsv", input);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void workbooks(@ForAll("xlsx") FuzzInput input) {
        check("xlsx", input);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void nationalLayout(@ForAll("national-layout") FuzzInput input) {
        check("national-layout", input);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void mappingProfiles(@ForAll("mapping-profile") FuzzInput input) {
        check("mapping-profile", input);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void platformProfiles(@ForAll("platform-profile") FuzzInput input) {
        check("platform-profile", input);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void alertCsv(@ForAll("alert-csv") FuzzInput input) {
        check("alert-csv", input);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void alertJsonLines(@ForAll("alert-jsonl") FuzzInput input) {
        check("alert-jsonl", input);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void demoPjan(@ForAll("demo-pjan") FuzzInput input) {
        check("demo-pjan", input);
    }

    @AfterContainer
    static void writeCounts() {
        Harness.writeReport();
    }

    private static void check(String target, FuzzInput input) {
        Verdict verdict = Harness.check(target(target), input);
        Statistics.collect(verdict, input.mutations().isEmpty() ? "as generated" : "mutated");
    }

    private static FuzzTarget target(String name) {
        return TARGETS.computeIfAbsent(name, Targets::byName);
    }

    @Provide("project-csv")
    Arbitrary<FuzzInput> projectCsvInputs() {
        return inputs("project-csv");
    }

    @Provide("sdmx-csv-1")
    Arbitrary<FuzzInput> sdmx1Inputs() {
        return inputs("sdmx-csv-1");
    }

    @Provide("sdmx-csv-2")
    Arbitrary<FuzzInput> sdmx2Inputs() {
        return inputs("sdmx-csv-2");
    }

    @Provide("eurostat-tsv")
    Arbitrary<FuzzInput> tsvInputs() {
        return inputs("eurostat-tsv");
    }

    @Provide("xlsx")
    Arbitrary<FuzzInput> workbookInputs() {
        return inputs("xlsx");
    }

    @Provide("national-layout")
    Arbitrary<FuzzInput> nationalInputs() {
        return inputs("national-layout");
    }

    @Provide("mapping-profile")
    Arbitrary<FuzzInput> mappingProfileInputs() {
        return inputs("mapping-profile");
    }

    @Provide("platform-profile")
    Arbitrary<FuzzInput> platformProfileInputs() {
        return inputs("platform-profile");
    }

    @Provide("alert-csv")
    Arbitrary<FuzzInput> alertCsvInputs() {
        return inputs("alert-csv");
    }

    @Provide("alert-jsonl")
    Arbitrary<FuzzInput> alertJsonInputs() {
        return inputs("alert-jsonl");
    }

    @Provide("demo-pjan")
    Arbitrary<FuzzInput> demoPjanInputs() {
        return inputs("demo-pjan");
    }

    /**
     * Three in five inputs start from a shipped sample, two from the grammar; either is then
     * changed by up to six mutations (none, sometimes: the unchanged samples must pass too).
     */
    static Arbitrary<FuzzInput> inputs(String name) {
        FuzzTarget target = target(name);
        List<byte[]> seeds = target.seeds();
        Arbitrary<Origin> sample = Arbitraries.integers().between(0, seeds.size() - 1)
                .map(i -> new Origin("sample " + i, seeds.get(i)));
        Arbitrary<Origin> grammar = Arbitraries.longs()
                .map(seed -> new Origin("grammar " + seed, target.generate(new Random(seed))));
        Arbitrary<Origin> origin = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, sample), net.jqwik.api.Tuple.of(2, grammar));
        return Combinators.combine(origin, Mutation.lists())
                .as((o, mutations) -> new FuzzInput(o.name(), mutations, target.mutate(o.bytes(), mutations)));
    }

    private record Origin(String name, byte[] bytes) {
    }
}
