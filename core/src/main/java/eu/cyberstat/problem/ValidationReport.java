package eu.cyberstat.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * The outcome of validating one file: accepted when it has no error. {@code rows} counts the
 * figures accepted into the submission. One model for the terminal, the JSON API and the
 * web page.
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"status", "file", "format", "encoding", "rows", "errors", "warnings"})
public record ValidationReport(String file, String format, String encoding, long rows, List<Issue> errors,
                               List<Issue> warnings) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ValidationReport {
        // Levels are implied by the list an issue is in (JSON carries no level field).
        errors = errors.stream().map(i -> i.at(Level.ERROR)).toList();
        warnings = warnings.stream().map(i -> i.at(Level.WARNING)).toList();
    }

    /** Splits issues by level. */
    public static ValidationReport of(String file, String format, String encoding, long rows, List<Issue> issues) {
        return new ValidationReport(file, format, encoding, rows,
                issues.stream().filter(Issue::isError).toList(),
                issues.stream().filter(i -> !i.isError()).toList());
    }

    @JsonProperty("status")
    public String status() {
        return isAccepted() ? "accepted" : "rejected";
    }

    @JsonIgnore
    public boolean isAccepted() {
        return errors.isEmpty();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise validation report", e);
        }
    }

    public static ValidationReport fromJson(String json) {
        try {
            return JSON.readValue(json, ValidationReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a validation report: " + e.getOriginalMessage(), e);
        }
    }
}
