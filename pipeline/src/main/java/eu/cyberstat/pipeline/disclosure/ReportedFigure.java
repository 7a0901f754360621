package eu.cyberstat.pipeline.disclosure;

/**
 * A country figure as the metrics job holds it before publication: reported or derived, its
 * value (null when sent without one, e.g. {@code ": c"}) and whether it was sent as
 * confidential ({@code c}).
 */
public record ReportedFigure(String geo, String offence, String indicator, int year, Long value,
                             boolean confidential) {

    public TableCell cell() {
        return TableCell.country(geo, offence, indicator, year);
    }
}
