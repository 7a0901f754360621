package eu.cyberstat.ingest.format;

import eu.cyberstat.ingest.format.InputFormat;
import eu.cyberstat.problem.Phrase;
import java.util.List;
import java.util.Optional;

/**
 * Tells the format of a table from its header row, the way a person would: SDMX-CSV starts
 * with STRUCTURE (2.0) or DATAFLOW (1.0), Eurostat TSV's first cell ends in \TIME_PERIOD, the
 * project CSV names country (or geo), year, offence and value.
 */
public final class FormatDetector {

    private FormatDetector() {
    }

    public static Optional<InputFormat> detect(TableRow header) {
        if (SdmxCsvReader.isVersion2Header(header)) {
            return Optional.of(InputFormat.SDMX_CSV_2);
        }
        if (SdmxCsvReader.isVersion1Header(header)) {
            return Optional.of(InputFormat.SDMX_CSV_1);
        }
        if (EurostatTsvReader.isHeader(header)) {
            return Optional.of(InputFormat.EUROSTAT_TSV);
        }
        if (ProjectCsvReader.isHeader(header)) {
            return Optional.of(InputFormat.PROJECT_CSV);
        }
        List<String> names = header.cells().stream().map(c -> Header.normalise(Header.code(c.text()))).toList();
        if (names.contains("obs_value") && names.contains("time_period")) {
            return Optional.of(InputFormat.SDMX_CSV_1); // SDMX-CSV without the DATAFLOW column
        }
        return Optional.empty();
    }

    /** Whether a row is the header of a format cyberstat reads (to find the sheet that holds the figures). */
    public static boolean isKnownHeader(TableRow row) {
        return detect(row).isPresent();
    }

    /** The header as it reads, shortened, for messages: "'a,b,c' on line 1". */
    public static Phrase describe(TableRow header) {
        String text = String.join(",", header.cells().stream().map(Cell::text).toList());
        return Phrase.of("header.on-line", "text", text.length() > 120 ? text.substring(0, 120) + "..." : text,
                "line", header.line());
    }
}
