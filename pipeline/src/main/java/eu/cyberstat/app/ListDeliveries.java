package eu.cyberstat.app;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.OffenceClassification;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.SubmissionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the warehouse holds in force now, one entry per country and reference year: the accepted
 * submission that owns it, whether an earlier submission had given it (a revision), how many
 * figures it holds and which offence groups of the classification it carries figures for. Read
 * at each call, so a submission committed by another door shows at once; nothing where there is
 * no warehouse yet.
 */
public final class ListDeliveries {

    /**
     * One country-year in force.
     *
     * @param revised       an earlier submission had given this country-year
     * @param figures       how many of the submission's figures are for this country and year
     * @param offenceGroups the codes of the offence groups ({@code CIA}, {@code COMP} ...) with at
     *                      least one figure, of the group itself or of one of its offences
     */
    public record YearInForce(String geo, int year, Submission submission, boolean revised, long figures,
                              Set<String> offenceGroups) {
        public YearInForce {
            offenceGroups = Set.copyOf(offenceGroups);
        }
    }

    private final Application app;

    public ListDeliveries(Application app) {
        this.app = app;
    }

    /** Every country-year in force, country by country and year by year as the submission log gives them. */
    public List<YearInForce> inForce() {
        OffenceClassification offences = app.reference().offences();
        List<YearInForce> out = new ArrayList<>();
        for (SubmissionStore.Delivery d : app.findWarehouse().map(w -> w.submissions().deliveries(null))
                .orElse(List.of())) {
            for (int year : d.years()) {
                Set<String> groups = new TreeSet<>();
                long figures = 0;
                for (Observation o : d.figures()) {
                    if (o.year() == year) {
                        figures++;
                        groupOf(offences, o.offence()).ifPresent(groups::add);
                    }
                }
                out.add(new YearInForce(d.geo(), year, d.submission(), d.revisedYears().contains(year), figures,
                        groups));
            }
        }
        return out;
    }

    /** The group an offence code belongs to: itself for a group, its parent for an offence, none for the total. */
    static Optional<String> groupOf(OffenceClassification offences, String code) {
        return offences.find(code).flatMap(o -> o.isGroup() ? Optional.of(o.code())
                : o.isLeaf() ? o.parentCode() : Optional.<String>empty());
    }

    /** The offence groups of the classification, in its order. */
    public List<Offence> offenceGroups() {
        return app.reference().offences().groups();
    }
}
