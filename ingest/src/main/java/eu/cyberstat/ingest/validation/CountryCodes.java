package eu.cyberstat.ingest.validation;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.problem.Phrase;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reference.ReferenceData;
import java.util.List;
import java.util.Locale;

/**
 * The reporting country an uploader names (on the command line, in a form): a Eurostat geo code
 * of the reference countries, in any case. Anything else is refused with the nearest codes:
 * {@code GR} → "did you mean EL (Greece)?", {@code FRA} or {@code France} → FR, {@code DW} → DE.
 */
public final class CountryCodes {

    private final ReferenceData reference;
    private final CodeHints hints;

    public CountryCodes(ReferenceData reference) {
        this.reference = reference;
        this.hints = new CodeHints(reference);
    }

    /**
     * The geo code of the reporting country written, upper-cased.
     *
     * @throws BadInputException when it is not one, saying which codes come nearest
     */
    public String reportingCountry(String written) {
        String geo = written.strip().toUpperCase(Locale.ROOT);
        if (reference.countries().find(geo).filter(c -> !c.isAggregate()).isPresent()) {
            return geo;
        }
        String text = "'" + written.strip() + "' is not the Eurostat geo code of a reporting country";
        if (reference.countries().isKnown(geo) || geo.startsWith("EU") || geo.startsWith("EA")) {
            throw new BadInputException(text + "."
                    + (hints.country(written) instanceof Phrase hint ? " " + hint.in(Language.EN) : "") + " Give the country the figures are for, "
                    + "like --country DE.");
        }
        List<Country> near = hints.nearestCountries(written);
        if (!near.isEmpty()) {
            throw new BadInputException(text + ": did you mean " + String.join(" or ",
                    near.stream().map(c -> c.geo() + " (" + c.name().en() + ")").toList()) + "?");
        }
        throw new BadInputException(text + ". The reporting countries are " + String.join(" ", reference.countries().all()
                .stream().filter(c -> !c.isAggregate()).map(Country::geo).toList()) + ".");
    }
}
