package eu.cyberstat.reports.view;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.ReportFixtures;
import eu.cyberstat.reports.model.KeyFinding;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.template.ReportTemplates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NarrativeModelTest {

    @Test
    void findingSentencesComeInRankOrderOnOneLineWithoutTheFindingsTheTemplateDoesNotKnow() {
        ReportData fx = ReportFixtures.realistic().data();
        List<KeyFinding> findings = new ArrayList<>(fx.keyFindings());
        findings.add(new KeyFinding(0, "SOMETHING_NEW", "", "CYB", "RECORDED", 2022, Map.of()));
        ReportData data = new ReportData(fx.provenance(), fx.reference(), fx.figures(), findings, fx.alertFigures(),
                fx.checks());
        String dir = System.getProperty("cyberstat.project.dir", "..");
        ReportTemplates templates = ReportTemplates.load(Path.of(dir, "templates/report"), data.reference());
        for (Language lang : Language.values()) {
            List<NarrativeModel.FindingSentence> sentences =
                    new NarrativeModel(new ReportContext(new ReportBasis(data, templates), lang)).findingSentences();
            // The fixture's findings (the last two given out of rank order); the unknown kind writes nothing and is left out.
            int known = fx.keyFindings().size();
            assertThat(known).isGreaterThan(6);
            assertThat(sentences).extracting(NarrativeModel.FindingSentence::rank)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, known).boxed().toList());
            for (NarrativeModel.FindingSentence s : sentences) {
                assertThat(s.text()).isNotBlank().isEqualTo(s.text().strip()).doesNotContain("\n");
            }
        }
    }
}
