package eu.cyberstat.ingest.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A mapping profile as written in YAML, before its content is checked: the settings and their
 * lines. {@link MappingProfiles} checks it and builds the {@link MappingProfile}. The fields
 * are the documented keys of templates/profiles/README.md; any other key is an error.
 */
final class ProfileDocument {

    public Located profile;
    public Located name;
    public Located description;
    public Source source;
    public Numbers numbers;
    public Map<String, Located> columns;
    public Map<String, Located> fixed;
    public List<ValueColumn> values;
    public Map<String, OffenceEntry> offences;
    public Map<String, Located> indicators;
    public Map<String, Located> flags;
    public List<Ignore> ignore;
    public Located unmapped;
    public Years years;
    public List<Break> breaks;

    static final class Source {
        public Located encoding;
        public Located separator;
        public Located skipLines;
        public Located sheet;
    }

    static final class Numbers {
        public Located decimal;
        public Located thousands;
        public List<Located> missing;
        public List<Located> zero;
    }

    static final class ValueColumn {
        public Located column;
        public Located yearColumns;
        public Located indicator;
        public Located flags;
        public Located note;
    }

    /** An offence mapping: {@code "897000": CYB} or {@code "517500": {offence: COMP_FRAUD, flags: d, note: ...}}. */
    @JsonDeserialize(using = OffenceEntry.Reader.class)
    static final class OffenceEntry {
        public Located offence;
        public Located flags;
        public Located note;
        int line;

        static final class Reader extends JsonDeserializer<OffenceEntry> {
            @Override
            public OffenceEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                int line = p.currentTokenLocation().getLineNr();
                OffenceEntry e;
                if (p.currentToken() == JsonToken.START_OBJECT) {
                    e = ctxt.readValue(p, Fields.class).toEntry();
                } else if (p.currentToken().isScalarValue()) {
                    e = new OffenceEntry();
                    e.offence = new Located(p.getValueAsString(), line);
                } else {
                    return (OffenceEntry) ctxt.handleUnexpectedToken(OffenceEntry.class, p);
                }
                e.line = line;
                return e;
            }
        }

        /** The long form's keys (a separate type so that unknown keys are reported by Jackson). */
        static final class Fields {
            public Located offence;
            public Located flags;
            public Located note;

            OffenceEntry toEntry() {
                OffenceEntry e = new OffenceEntry();
                e.offence = offence;
                e.flags = flags;
                e.note = note;
                return e;
            }
        }
    }

    static final class Ignore {
        public Located column;
        public List<Located> equals;
        public List<Located> notEquals;
        public Located matches;
    }

    static final class Years {
        public Located from;
        public Located to;
    }

    static final class Break {
        public Located offence;
        public Located year;
        public Located flags;
        public Located note;
    }
}
