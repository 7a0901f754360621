package eu.cyberstat.reports.view;

/** Where one figure sits: geo × offence × indicator × year. */
public record FigureKey(String geo, String offence, String indicator, int year) {
}
