package eu.cyberstat.reports.template;

import eu.cyberstat.reference.Language;
import java.util.Map;

/** Which language each country's feedback sheet is written in; {@code fallback} for the rest. */
public record FeedbackDefinition(Language fallback, Map<String, Language> languageByGeo) {

    public FeedbackDefinition {
        languageByGeo = Map.copyOf(languageByGeo);
    }

    public Language languageOf(String geo) {
        return languageByGeo.getOrDefault(geo, fallback);
    }
}
