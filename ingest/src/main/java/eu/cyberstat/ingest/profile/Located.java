package eu.cyberstat.ingest.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;

/**
 * A scalar of a profile with the line it stands on, so that a wrong code in a profile is
 * reported at its line, like a YAML syntax error is.
 */
@JsonDeserialize(using = Located.Reader.class)
record Located(String text, int line) {

    Located {
        text = text == null ? "" : text;
    }

    static final class Reader extends JsonDeserializer<Located> {
        @Override
        public Located deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                return (Located) ctxt.handleUnexpectedToken(Located.class, p);
            }
            return new Located(p.getValueAsString(), line);
        }

        @Override
        public Located getNullValue(DeserializationContext ctxt) {
            return null;
        }
    }
}
