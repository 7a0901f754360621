package eu.cyberstat.reports.template;

import java.util.List;

/**
 * One section of the report as the definition lists it: an id (used for the message key of its
 * title, {@code section.<id>.title}), its kind, an optional narrative template name (looked up
 * in {@code narrative/<lang>/}), the charts and tables it shows in that order, and for a map
 * the offence it shades.
 */
public record SectionDefinition(String id, SectionKind kind, String narrative, List<String> charts,
                                List<String> tables, String offence) {

    public SectionDefinition {
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    public boolean shows(String chartOrTable) {
        return charts.contains(chartOrTable) || tables.contains(chartOrTable);
    }

    public boolean hasNarrative() {
        return narrative != null && !narrative.isBlank();
    }
}
