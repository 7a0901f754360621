package eu.cyberstat.reports.view;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Offence;
import java.util.ArrayList;
import java.util.List;

/**
 * Which Member States each EU27 figure adds up, and what that means for a whole shown beside its
 * parts. Every EU27 figure is the sum over the Member States that reported that offence
 * (docs/metrics.md, "The EU aggregate and its coverage"), so the total and its groups, or a group
 * and its offences, may cover different countries and need not add up; a page that shows them
 * together says so, and says who.
 */
public final class EuCoverage {

    private final ReportContext ctx;
    private final ReportBasis basis;

    public EuCoverage(ReportContext ctx) {
        this.ctx = ctx;
        this.basis = ctx.basis();
    }

    /**
     * The Member States in the EU27 figure of an offence and year, in protocol order: those with
     * a figure, published or withheld (a withheld figure is in the sum, only not shown).
     */
    public List<String> members(String offence, int year) {
        List<String> out = new ArrayList<>();
        for (Country c : basis.reference().countries().eu27()) {
            Figure f = basis.figures().find(c.geo(), offence, year).orElse(null);
            if (f != null && (f.value() != null || Shown.isConfidential(f))) {
                out.add(c.geo());
            }
        }
        return out;
    }

    /**
     * Why the EU27 figures of a whole and its parts do not cover the same Member States.
     *
     * @param wholeOnly in the whole, missing from at least one part
     * @param partsOnly in at least one part, not in the whole
     */
    public record Gap(int year, List<String> wholeOnly, List<String> partsOnly) {
        public boolean isEmpty() {
            return wholeOnly.isEmpty() && partsOnly.isEmpty();
        }
    }

    public Gap gap(String whole, List<String> parts, int year) {
        List<String> inWhole = members(whole, year);
        List<List<String>> inParts = parts.stream().map(p -> members(p, year)).toList();
        List<String> wholeOnly = inWhole.stream().filter(g -> inParts.stream().anyMatch(p -> !p.contains(g))).toList();
        List<String> partsOnly = new ArrayList<>();
        for (Country c : basis.reference().countries().eu27()) {
            if (!inWhole.contains(c.geo()) && inParts.stream().anyMatch(p -> p.contains(c.geo()))) {
                partsOnly.add(c.geo());
            }
        }
        return new Gap(year, wholeOnly, partsOnly);
    }

    /** The total against its groups in the reference year. */
    public Gap totalAndGroups() {
        return gap(basis.total().code(), basis.groups().stream().map(Offence::code).toList(), basis.referenceYear());
    }

    /** Whether the total and its groups cover different Member States in any year of the trend window. */
    public boolean totalAndGroupsDifferInWindow() {
        List<String> groups = basis.groups().stream().map(Offence::code).toList();
        return basis.years().stream().anyMatch(y -> !gap(basis.total().code(), groups, y).isEmpty());
    }

    /**
     * The words under the EU27 total and its groups: that each figure adds up its own Member
     * States, and in the reference year who reported the total without every group, or groups
     * without the total. Empty when they cover the same countries throughout the window.
     */
    public String totalAndGroupsNote() {
        if (!totalAndGroupsDifferInWindow()) {
            return "";
        }
        Gap gap = totalAndGroups();
        StringBuilder note = new StringBuilder(ctx.msg("coverage.sum"));
        if (!gap.wholeOnly().isEmpty()) {
            note.append(' ').append(ctx.msg(plural("coverage.total-only", gap.wholeOnly()), gap.year(),
                    countries(gap.wholeOnly())));
        }
        if (!gap.partsOnly().isEmpty()) {
            note.append(' ').append(ctx.msg(plural("coverage.groups-only", gap.partsOnly()), gap.year(),
                    countries(gap.partsOnly())));
        }
        return note.toString();
    }

    /**
     * The words under EU27 figures of different offences shown together (key findings): each
     * covers its own Member States, given in brackets. Empty when they all cover the same.
     */
    public String differentOffencesNote(List<String> offences, int year) {
        List<List<String>> covered = offences.stream().distinct().map(o -> members(o, year)).distinct().toList();
        return covered.size() <= 1 ? "" : ctx.msg("coverage.offences");
    }

    /** "Germany, Ireland and Austria", in the report's language. */
    public String countries(List<String> geos) {
        List<String> names = geos.stream().map(ctx::country).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + ctx.msg("list.and") + " "
                + names.get(names.size() - 1);
    }

    private static String plural(String key, List<String> geos) {
        return key + (geos.size() == 1 ? ".one" : ".many");
    }
}
