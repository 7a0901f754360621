package eu.cyberstat.reports;

/**
 * One document of the report set, rendered in memory: its file name relative to the output
 * folder ({@code report-2022-en.pdf}, {@code feedback/DE-2022.pdf}) and its bytes.
 */
public record RenderedDocument(String name, byte[] bytes) {
}
