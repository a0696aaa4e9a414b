package io.healthscore.rules;

/** One problem in a rule file, shown as {@code FILE:LINE: message} (line 0 when Drools gives none). */
public record RuleError(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
