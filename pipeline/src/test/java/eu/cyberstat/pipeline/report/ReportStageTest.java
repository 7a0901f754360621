package eu.cyberstat.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.ingest.validation.Issue;
import eu.cyberstat.ingest.validation.ValidationReport;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.reports.model.SubmissionCheck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportStageTest {

    @Test
    void everyIssueOfASubmissionBecomesACheckOnItsFeedbackSheet() {
        ValidationReport report = ValidationReport.of("be_2022.csv", "cyberstat-csv", "UTF-8", 120, List.of(
                Issue.warning(14, "value", "W_YOY_JUMP", "CIA_SYSTEM 2022: 48 % above 2021."),
                Issue.error(7, "offence", "E_UNKNOWN_OFFENCE", "Unknown offence code 'X'."),
                Issue.warning(0, "", "W_NOTE", "=1+1")));
        List<SubmissionCheck> checks = ReportStage.checks("BE", "sub-1", report);
        assertThat(checks).containsExactly(
                new SubmissionCheck("BE", "sub-1", "be_2022.csv", "ERROR", 7, "offence", "E_UNKNOWN_OFFENCE",
                        "Unknown offence code 'X'."),
                new SubmissionCheck("BE", "sub-1", "be_2022.csv", "WARNING", 14, "value", "W_YOY_JUMP",
                        "CIA_SYSTEM 2022: 48 % above 2021."),
                new SubmissionCheck("BE", "sub-1", "be_2022.csv", "WARNING", 0, "", "W_NOTE", "=1+1"));
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
