package eu.cyberstat.ingest.format;

/**
 * A figure as read from a file, in the project's fields but not yet checked: what every format
 * reader produces and the validation rules consume. {@code flags} and {@code note} may be null
 * (the format has no such field).
 *
 * @param line    where the figure stands (line of a text file, row of a sheet)
 * @param source  for figures a mapping profile adds up (several national codes mapped to one
 *                offence), the national code; null otherwise. Figures with the same key and
 *                different sources are summed, with the same source they are duplicates.
 */
public record RawFigure(long line, Field geo, Field year, Field offence, Field indicator, Field value, Field flags,
                        Field note, String source) {
}
