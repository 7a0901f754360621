package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.reports.model.Figure;

/**
 * A row of {@code metrics-YYYY.csv}: the report's {@link Figure} and, for EU rows, the panel
 * the EU trends were computed on (null for countries).
 */
public record PublishedFigure(Figure figure, Long panelValue, Integer panelCountries) {
}
