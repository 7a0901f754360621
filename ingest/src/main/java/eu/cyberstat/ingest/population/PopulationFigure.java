package eu.cyberstat.ingest.population;

/**
 * The resident population of a geo on 1 January of a year, as a demo_pjan file gives it.
 *
 * @param flags Eurostat's flags of the figure ({@code p} provisional, {@code e} estimated, {@code b} break)
 * @param line  the line of the file it comes from
 */
public record PopulationFigure(String geo, int year, long population, String flags, long line) {
}
