package eu.cyberstat.pipeline.run;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reports.model.AlertFigure;
import eu.cyberstat.reports.model.KeyFinding;
import java.util.List;

/**
 * Something one part of the annual run produces and another reads: the key under which it is
 * handed over in the {@link RunContext}. Steps declare the products they read and produce, and
 * the run orders them so that every product is made before it is read.
 *
 * @param <T> the type of the product
 */
public final class RunProduct<T> {

    /** The national figures the run published, in publication order (as in metrics-YYYY.csv); made by the run. */
    public static final RunProduct<List<Figure>> FIGURES = new RunProduct<>("published figures");
    /** The ranked key findings; made by the run. */
    public static final RunProduct<List<KeyFinding>> KEY_FINDINGS = new RunProduct<>("key findings");
    /** The alert-platform figures of the reference year (none when the warehouse holds no alerts). */
    public static final RunProduct<List<AlertFigure>> ALERT_FIGURES = new RunProduct<>("alert figures");

    private final String name;

    private RunProduct(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
