package eu.cyberstat.reports.template;

import java.util.List;

/**
 * The report as {@code report.yaml} defines it: the core indicator it shows, how many years its
 * trends span, its sections in order, and the feedback sheets' languages.
 */
public record ReportDefinition(String indicator, int trendYears, List<SectionDefinition> sections,
                               FeedbackDefinition feedback) {

    public ReportDefinition {
        sections = List.copyOf(sections);
    }
}
