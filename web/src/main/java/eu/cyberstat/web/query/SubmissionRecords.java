package eu.cyberstat.web.query;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.ListSubmissions;
import eu.cyberstat.app.Receipt;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.warehousing.CountryYear;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.web.upload.Upload;
import eu.cyberstat.web.upload.UploadStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A country's accepted submissions as the history and the receipts show them: from the
 * {@link ListSubmissions} use case (whatever door they came through), each with the country-years
 * it still provides, its receipt (the one its portal confirmation gave, with the uploader's note;
 * for a submission made elsewhere, the same receipt rebuilt from the submission log) and its kept
 * report and raw file.
 */
public final class SubmissionRecords {

    /**
     * One accepted submission.
     *
     * @param inForce the country-years it still provides (empty: superseded everywhere)
     * @param upload  the portal upload it came from, or null
     */
    public record Entry(Submission submission, List<CountryYear> inForce, Receipt receipt, Upload upload) {

        /** Whether it gives figures for {@code geo} (or was declared for it). */
        public boolean isFor(String geo) {
            return geo.equals(submission.declaredCountry())
                    || submission.countryYears().stream().anyMatch(cy -> cy.geo().equals(geo));
        }
    }

    private final Application app;
    private final UploadStore uploads;

    public SubmissionRecords(Application app, UploadStore uploads) {
        this.app = app;
        this.uploads = uploads;
    }

    /** The submissions with figures for {@code geo} (null: every one), latest first. */
    public List<Entry> of(String geo) {
        if (app.findWarehouse().isEmpty()) {
            return List.of();
        }
        List<ListSubmissions.Entry> all = new ListSubmissions(app).list(new ListSubmissions.Query(null, null, null))
                .submissions();
        // The portal uploads that became submissions, read once (not once a submission).
        Map<String, Upload> confirmed = new HashMap<>();
        uploads.all().stream().filter(u -> u.status() == Upload.Status.ACCEPTED)
                .forEach(u -> confirmed.put(u.submissionId(), u));
        // Who provided each country-year before each submission: what it superseded.
        Map<CountryYear, String> provider = new HashMap<>();
        List<Entry> out = new ArrayList<>();
        for (ListSubmissions.Entry e : all) {
            Submission s = e.submission().submission();
            Map<String, List<CountryYear>> supersedes = new LinkedHashMap<>();
            for (CountryYear cy : s.countryYears()) {
                String earlier = provider.put(cy, s.id());
                if (earlier != null) {
                    supersedes.computeIfAbsent(earlier, k -> new ArrayList<>()).add(cy);
                }
            }
            Entry entry = new Entry(s, e.submission().countryYears(), null, null);
            if (geo == null || entry.isFor(geo)) {
                Optional<Upload> upload = Optional.ofNullable(confirmed.get(s.id()));
                Receipt receipt = upload.map(Upload::receipt).filter(r -> s.id().equals(r.submissionId()))
                        .orElse(new Receipt(Receipt.ACCEPTED, s.id(), s.fileName(), s.sha256(), s.bytes(), s.rows(),
                                s.committedAt(), null, supersedes, s.warnings(), 0));
                out.add(new Entry(s, e.submission().countryYears(), receipt, upload.orElse(null)));
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * The receipt as its JSON download and the API give it: the receipt of {@code cyberstat submit
     * --json} (same fields, same names), then the country-years it provides, who uploaded it through
     * the portal and the note given with it, when there are.
     */
    public static Map<String, Object> receiptDocument(Entry e) {
        Map<String, Object> doc = new LinkedHashMap<>(UploadStore.JSON.convertValue(e.receipt(),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { }));
        doc.put("countryYears", e.submission().countryYears());
        doc.put("inForce", e.inForce());
        if (e.upload() != null) {
            doc.put("uploadedBy", e.upload().account());
            if (e.upload().note() != null) {
                doc.put("note", e.upload().note());
            }
        }
        return doc;
    }

    /** The submission {@code id}, whatever its countries. */
    public Optional<Entry> find(String id) {
        return of(null).stream().filter(e -> e.submission().id().equals(id)).findFirst();
    }

    /** The submission {@code id} if it has figures for {@code geo}. */
    public Optional<Entry> find(String geo, String id) {
        return of(geo).stream().filter(e -> e.submission().id().equals(id)).findFirst();
    }

    public ValidationReport report(String id) {
        return new ListSubmissions(app).report(id);
    }

    /** The raw file of a submission, byte for byte as received. */
    public byte[] raw(String id) {
        return new ListSubmissions(app).rawBytes(id);
    }
}
