package eu.cyberstat.app;

import eu.cyberstat.figure.SubmissionNote;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.reference.Country;
import eu.cyberstat.warehousing.CountryYear;
import eu.cyberstat.warehousing.SubmissionStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The history of accepted submissions as of an instant, what each still provides, the notes
 * given with their figures and, for a reference year, the deliveries: which Member States have
 * figures in force and which are still to deliver; and each submission's report and raw file.
 */
public final class ListSubmissions {

    /**
     * @param asOf    the instant (null: now)
     * @param country only submissions with figures for this country (null: all)
     * @param year    only submissions with figures for this reference year, and its deliveries (null: all)
     */
    public record Query(Instant asOf, String country, Integer year) {
    }

    /** One accepted submission: the country-years it still provides and the notes given with its figures. */
    public record Entry(SubmissionStore.InForce submission, List<SubmissionNote> notes) {
    }

    /** The Member States with figures in force for a year, and those still to deliver (Eurostat order). */
    public record Deliveries(int year, int memberStates, List<String> missing) {
        public int delivered() {
            return memberStates - missing.size();
        }
    }

    public record Result(List<Entry> submissions, Optional<Deliveries> deliveries) {
    }

    private final Application app;

    public ListSubmissions(Application app) {
        this.app = app;
    }

    public Result list(Query query) {
        SubmissionStore store = app.warehouse().submissions();
        List<Entry> entries = store.history(query.asOf()).stream()
                .filter(s -> query.country() == null || s.submission().countryYears().stream()
                        .map(CountryYear::geo).anyMatch(query.country()::equals))
                .filter(s -> query.year() == null || s.submission().countryYears().stream()
                        .anyMatch(cy -> cy.year() == query.year()))
                .map(s -> new Entry(s, SubmissionNote.of(s.submission().note(), store.figuresOf(s.submission().id()))))
                .toList();
        Optional<Deliveries> deliveries = Optional.ofNullable(query.year()).map(year -> {
            Set<String> delivered = store.countriesWithFigures(query.asOf(), year);
            List<Country> eu27 = app.reference().countries().eu27();
            return new Deliveries(year, eu27.size(),
                    eu27.stream().map(Country::geo).filter(geo -> !delivered.contains(geo)).toList());
        });
        return new Result(entries, deliveries);
    }

    /** The validation report kept with the accepted submission {@code id}. */
    public ValidationReport report(String id) {
        return app.warehouse().submissions().reportOf(id);
    }

    /** The file of the accepted submission {@code id}, byte for byte as it was received. */
    public Path rawFile(String id) {
        return app.warehouse().submissions().rawFileOf(id);
    }

    /** The bytes of the accepted submission {@code id} as received (checked as {@link #rawFile}), wherever the warehouse is. */
    public byte[] rawBytes(String id) {
        try (java.io.InputStream in = app.warehouse().submissions().openRawFile(id)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new eu.cyberstat.failure.StorageException("Cannot read the file of submission " + id + ": "
                    + e.getMessage(), e);
        }
    }
}
