package eu.cyberstat.reports.pdf;

/** A heading of the report as the contents list shows it: level 1 or 2, its anchor, title and page. */
public record TocEntry(int level, String anchor, String title, int page) {
}
