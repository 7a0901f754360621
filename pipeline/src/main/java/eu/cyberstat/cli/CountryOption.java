package eu.cyberstat.cli;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.ingest.validation.CountryCodes;
import eu.cyberstat.reference.ReferenceData;
import picocli.CommandLine;

/**
 * {@code --country CC}: a reporting country's Eurostat geo code, checked as the command line is
 * read, so that a typo is refused with the nearest codes before anything runs.
 */
public final class CountryOption implements CommandLine.ITypeConverter<String> {

    private static final CountryCodes CODES = new CountryCodes(ReferenceData.shipped());

    @Override
    public String convert(String value) {
        try {
            return CODES.reportingCountry(value);
        } catch (BadInputException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
