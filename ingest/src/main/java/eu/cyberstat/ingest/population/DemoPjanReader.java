package eu.cyberstat.ingest.population;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.ingest.format.EurostatTsvReader;
import eu.cyberstat.ingest.format.SdmxCsvReader;
import eu.cyberstat.ingest.format.TableRow;
import eu.cyberstat.ingest.text.LineLimit;
import eu.cyberstat.ingest.text.Separators;
import eu.cyberstat.ingest.text.TextFiles;
import eu.cyberstat.reference.Countries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads Eurostat's demo_pjan ("Population on 1 January by age and sex") in the shapes Eurostat
 * distributes it - TSV, SDMX-CSV 1.0 and 2.0, plain or gzipped, in any encoding
 * {@link TextFiles} detects - and keeps the total population (age TOTAL, sex T, unit NR,
 * annual) of every geo cyberstat knows. Everything else is skipped and counted; a value of
 * {@code :} is no figure, never zero. A file that is not demo_pjan or holds a value that is not
 * a count is an {@link BadInputException} naming the file, the line and the field.
 */
public final class DemoPjanReader {

    private static final int HEAD_CHARS = 16 * 1024;

    private final DemoPjanKeys keys;

    public DemoPjanReader(Countries countries) {
        this.keys = new DemoPjanKeys(countries);
    }

    /**
     * The most a demo_pjan file may hold, unpacked: the whole table as Eurostat distributes it is
     * some tens of megabytes; a gzip file that unpacks beyond this is refused, not read for hours.
     */
    public static final long MAX_BYTES = 1L << 30;
    /** The longest line: a demo_pjan line is a key and some sixty years of figures, far below this. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    public PopulationFigures read(Path file) {
        try (TextFiles.OpenedText text = TextFiles.open(file, null, MAX_BYTES)) {
            return read(file.toString(), new LineLimit(text.reader(), MAX_LINE_CHARS));
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (TextFiles.ContentTooLarge e) {
            throw new BadInputException(file + " " + e.getMessage() + ": that is no demo_pjan file (the whole table is "
                    + "some tens of megabytes). Check that you picked the right file.", e);
        } catch (LineLimit.TooLong e) {
            throw new BadInputException(file + ", " + e.getMessage() + ": that is no demo_pjan file. Check that you "
                    + "picked the right file.", e);
        }
    }

    /** Reads demo_pjan from text; {@code fileName} is for messages. */
    public PopulationFigures read(String fileName, Reader text) {
        PopulationCollector out = new PopulationCollector(fileName);
        try {
            BufferedReader in = new BufferedReader(text, 4 * HEAD_CHARS);
            char separator = Separators.sniff(head(in));
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                    .setTrailingData(true).get();
            try (CSVParser parser = CSVParser.parse(in, format)) {
                DemoPjanRows rows = new DemoPjanRows(parser, out);
                TableRow header = rows.next();
                if (header == null) {
                    throw new BadInputException(fileName + " is empty: expected Eurostat's demo_pjan as TSV or SDMX-CSV.");
                }
                if (EurostatTsvReader.isHeader(header)) {
                    DemoPjanTsv.read(header, rows, keys, out);
                    return out.result(DemoPjanTsv.FORMAT);
                }
                boolean version1 = SdmxCsvReader.isVersion1Header(header);
                if (version1 || SdmxCsvReader.isVersion2Header(header)) {
                    DemoPjanSdmxCsv.read(header, rows, keys, out);
                    return out.result(version1 ? "SDMX-CSV 1.0" : "SDMX-CSV 2.0");
                }
                throw out.problem(header.line(), header.cell(0).text(), "this is not Eurostat's demo_pjan: its TSV "
                        + "starts with a header like freq,unit,age,sex,geo\\TIME_PERIOD, its SDMX-CSV with a DATAFLOW "
                        + "or STRUCTURE column.");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException("Cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** The first characters, for guessing the separator; the reader is left where it was. */
    private static String head(BufferedReader in) throws IOException {
        in.mark(HEAD_CHARS);
        char[] buffer = new char[HEAD_CHARS];
        int n = 0;
        for (int read; n < buffer.length && (read = in.read(buffer, n, buffer.length - n)) > 0; ) {
            n += read;
        }
        in.reset();
        return new String(buffer, 0, n);
    }
}
