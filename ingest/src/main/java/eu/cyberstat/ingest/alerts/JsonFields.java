package eu.cyberstat.ingest.alerts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the wanted values of one JSON Lines record with Jackson's streaming parser: a value is
 * addressed by its key, or by a dotted path for nested objects ({@code report.url}); other keys
 * (contact data among them) are skipped without being materialised. Numbers and booleans are
 * read as their text. Reused across records.
 */
public final class JsonFields {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String[] paths;
    private final String[] values;
    private String error;

    public JsonFields(List<String> paths) {
        this.paths = paths.toArray(String[]::new);
        this.values = new String[this.paths.length];
    }

    /** Parses buf[from, to); false when it is not a JSON object (see {@link #error()}). */
    public boolean parse(byte[] buf, int from, int to) {
        Arrays.fill(values, null);
        error = null;
        try (JsonParser p = FACTORY.createParser(buf, from, to - from)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                error = "is not a JSON object";
                return false;
            }
            readObject(p, "");
            if (p.nextToken() != null) {
                error = "has text after the JSON object";
                return false;
            }
            return true;
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the offending text, which may be a URL or an e-mail: never use it.
            JsonLocation at = e.getLocation();
            error = "is not valid JSON (syntax error" + (at != null ? " near column " + at.getColumnNr() : "") + ")";
            return false;
        } catch (IOException e) {
            error = "is not valid JSON";
            return false;
        }
    }

    private void readObject(JsonParser p, String prefix) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String path = prefix.isEmpty() ? p.currentName() : prefix + "." + p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT) {
                if (isPrefixOfWanted(path)) {
                    readObject(p, path);
                } else {
                    p.skipChildren();
                }
            } else if (v == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else {
                int i = indexOf(path);
                if (i >= 0) {
                    values[i] = v == JsonToken.VALUE_NULL ? null : p.getText();
                }
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IOException("unexpected token");
        }
    }

    private int indexOf(String path) {
        for (int i = 0; i < paths.length; i++) {
            if (paths[i].equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isPrefixOfWanted(String path) {
        for (String wanted : paths) {
            if (wanted.startsWith(path) && wanted.length() > path.length() && wanted.charAt(path.length()) == '.') {
                return true;
            }
        }
        return false;
    }

    /** The value at path index {@code i} (in the order given), stripped; null when absent or JSON null. */
    public String value(int i) {
        String v = values[i];
        return v == null ? null : v.strip();
    }

    public String error() {
        return error;
    }

}
