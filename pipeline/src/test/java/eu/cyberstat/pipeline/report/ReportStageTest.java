package eu.cyberstat.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.ingest.validation.Audience;
import eu.cyberstat.ingest.validation.Checks;
import eu.cyberstat.ingest.validation.Issue;
import eu.cyberstat.ingest.validation.Phrase;
import eu.cyberstat.ingest.validation.ValidationReport;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.model.SubmissionCheck;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportStageTest {

    @Test
    void everyIssueOfASubmissionBecomesACheckOnItsFeedbackSheetWithItsWords() {
        Issue jump = Checks.W_YOY_JUMP.at(14, "value", "value", 400L, "change",
                Phrase.of("change.times", "ratio", new BigDecimal("4.0")), "previousYear", 2021, "previous", 100L,
                "source", Phrase.of("source.warehouse"));
        Issue offence = Checks.E_UNKNOWN_OFFENCE.at(7, "offence", "value", "X", "hint", "");
        Issue legacy = Issue.warning(0, "", "W_AFTER_ZERO", "=1+1");
        ValidationReport report = ValidationReport.fromJson(ValidationReport.of("be_2022.csv", "cyberstat-csv", "UTF-8",
                120, List.of(jump, offence, legacy)).toJson());
        List<SubmissionCheck> checks = ReportStage.checks("BE", "sub-1", report);
        assertThat(checks).containsExactly(
                new SubmissionCheck("BE", "sub-1", "be_2022.csv", "ERROR", 7, "offence", "E_UNKNOWN_OFFENCE",
                        offence.message(), offence.phrase()),
                new SubmissionCheck("BE", "sub-1", "be_2022.csv", "WARNING", 14, "value", "W_YOY_JUMP",
                        jump.message(), jump.phrase()),
                new SubmissionCheck("BE", "sub-1", "be_2022.csv", "WARNING", 0, "", "W_AFTER_ZERO", "=1+1", null));
        assertThat(checks.get(1).phrase().in(Language.FR, Audience.NATIONAL_CONTACT))
                .startsWith("La valeur 400 représente 4,0 fois le chiffre de 2021, 100 (d’après votre transmission précédente).");
    }

    @Test
    void templatesResolveAgainstTheInstallationUnlessAbsolute() {
        String home = System.getProperty("cyberstat.home");
        try {
            System.setProperty("cyberstat.home", "/opt/cyberstat");
            assertThat(ReportStage.templatesDir(Settings.defaults())).isEqualTo(Path.of("/opt/cyberstat/templates/report"));
            assertThat(ReportStage.templatesDir(Settings.defaults().with(ReportStage.TEMPLATES_DIR, "/srv/t")))
                    .isEqualTo(Path.of("/srv/t"));
        } finally {
            if (home == null) {
                System.clearProperty("cyberstat.home");
            } else {
                System.setProperty("cyberstat.home", home);
            }
        }
    }
}
