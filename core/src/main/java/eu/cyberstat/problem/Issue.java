package eu.cyberstat.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One problem found in an input file: where (line, 1-based, 0 for the file as a whole; column
 * name, empty for the whole line), a stable code ({@code E_UNKNOWN_OFFENCE}, {@code W_YOY_JUMP})
 * and a sentence for the person who made the file, in English; {@code phrase} holds the same
 * sentence as words to write in another language or for another reader (null in reports kept
 * before messages were translated).
 */
@JsonPropertyOrder({"line", "column", "code", "message", "phrase"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Issue(@JsonIgnore Level level, long line, String column, String code, String message, Phrase phrase) {

    public Issue {
        column = column == null ? "" : column;
    }

    public static Issue error(long line, String column, String code, String message) {
        return new Issue(Level.ERROR, line, column, code, message, null);
    }

    public static Issue warning(long line, String column, String code, String message) {
        return new Issue(Level.WARNING, line, column, code, message, null);
    }

    /** The same issue at another level (the list it is in decides; JSON carries no level). */
    Issue at(Level other) {
        return other == level ? this : new Issue(other, line, column, code, message, phrase);
    }

    @JsonIgnore
    public boolean isError() {
        return level == Level.ERROR;
    }

    /** "line 12, column value: E_NEGATIVE_VALUE ..." for terminals and logs. */
    public String describe() {
        String where = line > 0 ? "line " + line : "file";
        if (!column.isEmpty()) {
            where += ", column " + column;
        }
        return where + ": " + code + " " + message;
    }
}
