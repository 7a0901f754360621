package eu.cyberstat.cli;

import eu.cyberstat.ingest.format.InputFormat;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/** {@code --format}: the format names in any case, with '-' or '_': "sdmx-csv-2", "SDMX_CSV_2". */
final class FormatOption implements CommandLine.ITypeConverter<InputFormat> {

    @Override
    public InputFormat convert(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return InputFormat.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use one of "
                    + String.join(", ", Arrays.stream(InputFormat.values())
                    .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
        }
    }
}
