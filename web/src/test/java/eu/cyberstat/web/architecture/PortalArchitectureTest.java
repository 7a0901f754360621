package eu.cyberstat.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import eu.cyberstat.warehousing.SubmissionStore;
import eu.cyberstat.warehousing.Warehouse;
import eu.cyberstat.web.Portal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The portal is a door (docs/architecture.md): it calls the use cases of {@code eu.cyberstat.app}
 * and shows their results, as the command line does. Below the application layer it may use
 * values (records and enums: a {@code Submission}, a {@code CountryYear}, a run's status) and the
 * parsers of settings, never the warehouse, its stores, a job or Spark. The shared vocabulary
 * (core's reference, figure, problem and failure packages), the launcher's command line it adds
 * its commands to, the report module's rendering helpers (fonts, the sandboxed FreeMarker) and
 * the mapping-profile reader that lists a country's profiles are outside this rule.
 */
class PortalArchitectureTest {

    /** A class below the application layer that does something: not a value, not a parser of settings. */
    static final DescribedPredicate<JavaClass> LOGIC_BELOW_THE_APPLICATION = resideInAnyPackage(
            "eu.cyberstat.warehousing..", "eu.cyberstat.pipeline..", "org.apache.spark..")
            .and(not(assignableTo(Record.class))).and(not(assignableTo(Enum.class)))
            .and(not(simpleName("Settings"))).and(not(simpleName("ScheduleSettings")))
            .as("are of the warehouse, the pipeline or Spark and neither values nor parsers of settings");

    static ArchRule doorsCallUseCases() {
        return noClasses().that().resideInAPackage("eu.cyberstat.web..")
                .should().dependOnClassesThat(LOGIC_BELOW_THE_APPLICATION)
                .because("the portal calls the use cases of eu.cyberstat.app, as the command line does");
    }

    /** The portal's own classes, read from its build output (not its tests). */
    @Test
    void thePortalCallsUseCasesOnly() {
        JavaClasses portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(Set.of(Location.of(Portal.class.getProtectionDomain().getCodeSource().getLocation())));
        assertThat(portal.contain(Portal.class)).isTrue();
        assertThat(portal.size()).isGreaterThan(50);
        doorsCallUseCases().check(portal);
    }

    /** The rule is not empty words: a page's query reading the warehouse itself breaks it, named. */
    @Test
    void aQueryReadingTheWarehouseBreaksTheRule() {
        JavaClasses withBackEdge = new ClassFileImporter().importClasses(PageReadingTheWarehouse.class,
                Warehouse.class, SubmissionStore.class);
        assertThat(doorsCallUseCases().evaluate(withBackEdge).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("PageReadingTheWarehouse.deliveries") && d.contains("Warehouse.find"))
                .anyMatch(d -> d.contains("SubmissionStore.deliveries"));
    }
}
