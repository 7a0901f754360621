package eu.cyberstat.pipeline.run;

import com.fasterxml.jackson.core.type.TypeReference;
import eu.cyberstat.reports.model.KeyFinding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code key-findings-YYYY.json}: the ranked key findings as a JSON array of
 * {@link KeyFinding} ({@code rank, kind, geo, offence, indicator, year, figures}).
 */
public final class KeyFindingsJson {

    private KeyFindingsJson() {
    }

    public static String fileName(int referenceYear) {
        return "key-findings-" + referenceYear + ".json";
    }

    public static void write(List<KeyFinding> findings, OutputStream out) throws IOException {
        Json.WRITER.writeValue(out, findings);
        out.write('\n');
    }

    public static List<KeyFinding> read(InputStream in) throws IOException {
        return Json.MAPPER.readValue(in, new TypeReference<List<KeyFinding>>() {
        });
    }
}
