package eu.cyberstat.web.query;

import eu.cyberstat.reference.Language;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of a run's report set, as its manifest lists it, with what kind of file it is (read
 * from the names the run gives: {@code report-2022-en.pdf}, {@code feedback/DE-2022.pdf} ...).
 *
 * @param language the language of a report or workbook; null for the others
 * @param country  the Member State a feedback sheet is addressed to; null for the others
 */
public record ReportFile(String name, long bytes, String sha256, Kind kind, Language language, String country) {

    /** What a file is for. Readers get reports, workbooks and data; feedback sheets go to their country. */
    public enum Kind { REPORT, WORKBOOK, DATA, FEEDBACK }

    private static final Pattern REPORT = Pattern.compile("report-\\d{4}-(en|fr|de)\\.(pdf|xlsx)");
    private static final Pattern FEEDBACK = Pattern.compile("feedback/([A-Z]{2})-\\d{4}\\.pdf");

    public static ReportFile of(String name, long bytes, String sha256) {
        Matcher report = REPORT.matcher(name);
        if (report.matches()) {
            return new ReportFile(name, bytes, sha256, report.group(2).equals("pdf") ? Kind.REPORT : Kind.WORKBOOK,
                    Language.of(report.group(1)), null);
        }
        Matcher feedback = FEEDBACK.matcher(name);
        if (feedback.matches()) {
            return new ReportFile(name, bytes, sha256, Kind.FEEDBACK, null, feedback.group(1));
        }
        return new ReportFile(name, bytes, sha256, Kind.DATA, null, null);
    }

    /** The file's own name, without its folder: what a download is saved as. */
    public String downloadName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
