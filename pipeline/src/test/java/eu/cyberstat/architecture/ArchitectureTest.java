package eu.cyberstat.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import eu.cyberstat.reports.backedge.RendererReadingTheWarehouse;
import eu.cyberstat.ingest.validation.StatisticsValidator;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.ReportSet;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Files;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * The architecture of docs/architecture.md as rules: the modules depend downwards only, no
 * package depends on itself through others, Spark stays in the pipeline, the report renderer
 * sees neither Spark nor CSV nor files to write, and the command line only parses, calls one use
 * case and prints. Each rule fails on the back-edges issue 11 found (a report module importing
 * ingest for shared words, the annual run calling the command line, commands calling each other).
 */
class ArchitectureTest {

    /** The shared vocabulary: below everything, depending on nothing of cyberstat. */
    static final String[] CORE = {"eu.cyberstat.reference..", "eu.cyberstat.problem..", "eu.cyberstat.figure..",
        "eu.cyberstat.failure.."};

    private static JavaClasses classes;

    /** The product's classes, read from each module's own classes (not from the whole class path: faster). */
    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(Stream.of(ReferenceData.class, StatisticsValidator.class, ReportSet.class,
                                Warehouse.class)
                        .map(c -> Location.of(c.getProtectionDomain().getCodeSource().getLocation()))
                        .collect(Collectors.toSet()));
    }

    /** The modules of the product, lowest first; each may use only those below it. */
    static ArchRule modulesDependDownwardsOnly() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy(CORE)
                .layer("ingest").definedBy("eu.cyberstat.ingest..")
                .layer("reports").definedBy("eu.cyberstat.reports..")
                .layer("warehouse").definedBy("eu.cyberstat.warehousing..")
                .layer("pipeline").definedBy("eu.cyberstat.pipeline..")
                .layer("application").definedBy("eu.cyberstat.app..")
                .layer("command line").definedBy("eu.cyberstat.cli..")
                .whereLayer("core").mayNotAccessAnyLayer()
                .whereLayer("ingest").mayOnlyAccessLayers("core")
                .whereLayer("reports").mayOnlyAccessLayers("core")
                .whereLayer("warehouse").mayOnlyAccessLayers("core", "ingest")
                .whereLayer("pipeline").mayOnlyAccessLayers("core", "ingest", "reports", "warehouse")
                .whereLayer("application").mayOnlyAccessLayers("core", "ingest", "reports", "warehouse", "pipeline")
                .whereLayer("command line").mayNotBeAccessedByAnyLayer();
    }

    @Test
    void modulesDependDownwardsOnlyTest() {
        modulesDependDownwardsOnly().check(classes);
    }

    /**
     * The rules are not empty words: a report class that reads the warehouse and Spark (a fixture
     * in the test sources, see {@link RendererReadingTheWarehouse}) breaks the layers and the
     * renderer's rule, each naming the offending access.
     */
    @Test
    void aBackEdgeBreaksTheRules() {
        JavaClasses withBackEdge = new ClassFileImporter().importClasses(RendererReadingTheWarehouse.class,
                Warehouse.class);
        assertThat(modulesDependDownwardsOnly().evaluate(withBackEdge).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("RendererReadingTheWarehouse.figuresOf") && d.contains("Warehouse.find"));
        assertThat(theReportRendererSeesNeitherSparkNorCsvNorFilesToWrite().evaluate(withBackEdge).hasViolation())
                .isTrue();
        assertThat(theReportRendererSeesNeitherSparkNorCsvNorFilesToWrite().evaluate(
                new ClassFileImporter().importClasses(ReportSet.class)).hasViolation()).isFalse();
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("eu.cyberstat.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sparkStaysInThePipeline() {
        noClasses().that().resideOutsideOfPackages("eu.cyberstat.pipeline..", "eu.cyberstat.warehousing..",
                        "eu.cyberstat.app..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.spark..")
                .because("validation stays pure Java and fast, and the report renderer knows nothing of Spark")
                .check(classes);
    }

    @Test
    void theReportRendererSeesNeitherSparkNorCsvNorFilesToWriteTest() {
        theReportRendererSeesNeitherSparkNorCsvNorFilesToWrite().check(classes);
    }

    static ArchRule theReportRendererSeesNeitherSparkNorCsvNorFilesToWrite() {
        return noClasses().that().resideInAPackage("eu.cyberstat.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.commons.csv..",
                        "eu.cyberstat.ingest..", "eu.cyberstat.warehousing..")
                .orShould().callMethodWhere(writesFiles())
                .because("the renderer returns bytes; the run publishes them through the one atomic publisher");
    }

    @Test
    void theCoreReadsOnlyItsOwnResources() {
        noClasses().that().resideInAnyPackage(CORE).should().callMethodWhere(writesFiles())
                .orShould().dependOnClassesThat().resideInAPackage("java.nio.file..")
                .check(classes);
    }

    /**
     * The command line parses options, calls one use case and prints its result: below the
     * application layer it may use values (records, enums) and the parsers of options and
     * settings, never a job, a store, a reader or Spark.
     */
    @Test
    void theCommandLineOnlyParsesCallsAUseCaseAndPrints() {
        DescribedPredicate<JavaClass> logicBelowTheApplication = resideInAnyPackage("eu.cyberstat.ingest..",
                "eu.cyberstat.warehousing..", "eu.cyberstat.pipeline..", "eu.cyberstat.reports..", "org.apache.spark..")
                .and(not(assignableTo(Record.class))).and(not(assignableTo(Enum.class)))
                .and(not(simpleName("Settings"))).and(not(simpleName("AsOf"))).and(not(simpleName("CountryCodes")))
                .and(not(simpleName("SoftwareVersion"))).and(not(simpleName("GitRevision")))
                .and(not(simpleName("Progress")))
                .as("a class below the application that is not a value or a parser of options");
        noClasses().that().resideInAPackage("eu.cyberstat.cli..")
                .should().dependOnClassesThat(logicBelowTheApplication)
                .check(classes);
    }

    @Test
    void commandsDoNotCallEachOther() {
        // A command group (runs show, runs publish) keeps its subcommands as its own nested classes.
        noClasses().that().areAnnotatedWith(Command.class).and().doNotHaveSimpleName("Main")
                .and().areTopLevelClasses()
                .should().dependOnClassesThat(DescribedPredicate.describe("another command",
                        (JavaClass c) -> c.isAnnotatedWith(Command.class) && c.isTopLevelClass()))
                .check(classes);
    }

    /** A call that writes, moves or copies a file. */
    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> writesFiles() {
        return DescribedPredicate.describe("writes a file", call -> call.getTargetOwner().isEquivalentTo(Files.class)
                && call.getName().matches("write|writeString|newOutputStream|newBufferedWriter|move|copy|delete.*"
                + "|createDirector.*|createFile|createTemp.*"));
    }
}
