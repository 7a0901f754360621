package eu.cyberstat.web.upload;

import eu.cyberstat.warehousing.CountryYear;
import eu.cyberstat.warehousing.FigureRevision;
import eu.cyberstat.warehousing.RevisionPreview;
import java.util.List;

/**
 * The revisions preview of an upload as the portal keeps it beside the file until it is confirmed
 * or discarded: the counts and every figure added, changed or no longer carried (in the use case's
 * order), the same as {@code cyberstat submit --json} lists under {@code revisions}.
 */
public record Revisions(List<CountryYear> countryYears, long added, long changed, long dropped, long unchanged,
                        List<FigureRevision> changes) {

    public static Revisions of(RevisionPreview preview) {
        return new Revisions(preview.countryYears(), preview.added(), preview.changed(), preview.dropped(),
                preview.unchanged(), preview.changes());
    }

    /** Whether confirming needs the uploader to accept that figures in force stop being published. */
    public boolean dropsFigures() {
        return dropped > 0;
    }

    public List<FigureRevision> of(FigureRevision.Kind kind) {
        return changes.stream().filter(f -> f.kind() == kind).toList();
    }
}
