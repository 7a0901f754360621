package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.pipeline.disclosure.ConfidentialityStatus;
import eu.cyberstat.reference.Flags;
import eu.cyberstat.reports.model.Figure;

/**
 * A row of {@code metrics-YYYY.csv}: the report's {@link Figure}, for EU rows the panel the EU
 * trends were computed on (null for countries), and whether the value may be published
 * ({@code conf_status}: primary or secondary confidentiality; the figure's flags show {@code c}
 * for both, as Eurostat's do).
 */
public record PublishedFigure(Figure figure, Long panelValue, Integer panelCountries,
                              ConfidentialityStatus confidentiality) {

    /** A figure whose only confidentiality is its own flag: {@code c} is primary. */
    public PublishedFigure(Figure figure, Long panelValue, Integer panelCountries) {
        this(figure, panelValue, panelCountries, Flags.has(figure.flags(), Flags.CONFIDENTIAL)
                ? ConfidentialityStatus.PRIMARY : ConfidentialityStatus.FREE);
    }
}
