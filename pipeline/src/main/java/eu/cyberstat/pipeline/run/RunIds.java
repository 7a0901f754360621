package eu.cyberstat.pipeline.run;

import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.warehousing.Commit;
import eu.cyberstat.warehousing.Snapshot;
import eu.cyberstat.warehousing.SubmissionStore;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Run ids derived from the inputs, not from the clock: {@code R2022-} and the first 12 hex
 * digits of a SHA-256 over the reference year, window and base year, the software version
 * and git revision, the population table, every national-statistics commit in force with the
 * country-years it provides, and each further step's input fingerprint. Rerunning on the same
 * warehouse state gives the same id, so the reports printed from it are byte-identical; any
 * change of data, settings or software gives another.
 */
final class RunIds {

    private RunIds() {
    }

    static String of(MetricsConfig config, String softwareVersion, String gitRevision, String populationSha256,
                     Snapshot observations, java.util.Map<String, String> sha256BySubmission,
                     List<String> stepFingerprints) {
        List<String> lines = new ArrayList<>();
        lines.add("cyberstat run 1");
        lines.add("year " + config.referenceYear() + " window " + config.windowYears() + " base " + config.baseYear());
        lines.add("software " + softwareVersion + " " + (gitRevision == null ? "" : gitRevision));
        lines.add("population " + populationSha256);
        lines.addAll(inputLines(observations, sha256BySubmission, cy -> true));
        stepFingerprints.forEach(f -> lines.add("step " + f));
        String digest = DigestUtils.sha256Hex(String.join("\n", lines));
        return "R" + config.referenceYear() + "-" + digest.substring(0, 12);
    }

    /**
     * One line per national-statistics commit in force that provides a country-year {@code wanted}
     * keeps: its id, its file's SHA-256 and those country-years.
     */
    static List<String> inputLines(Snapshot observations, java.util.Map<String, String> sha256BySubmission,
                                   java.util.function.Predicate<eu.cyberstat.warehousing.CountryYear> wanted) {
        List<String> lines = new ArrayList<>();
        for (Commit c : observations.effectiveCommits()) {
            List<eu.cyberstat.warehousing.CountryYear> all = SubmissionStore.countryYearsOwnedBy(observations, c);
            List<String> owned = all.stream().filter(wanted).map(cy -> cy.geo() + "/" + cy.year()).sorted().toList();
            if (!owned.isEmpty() || all.isEmpty()) {
                lines.add("input " + c.id() + " " + sha256BySubmission.getOrDefault(c.id(), "") + " "
                        + String.join(",", owned));
            }
        }
        return lines;
    }

    /** A digest of the population table's content (it changes with a demo_pjan import). */
    static String populationDigest(eu.cyberstat.reference.PopulationTable population) {
        StringBuilder sb = new StringBuilder();
        population.asMap().forEach((geo, years) -> years.forEach((year, people) ->
                sb.append(geo).append(',').append(year).append(',').append(people).append('\n')));
        return DigestUtils.sha256Hex(sb.toString());
    }
}
