package io.healthscore.rules;

/**
 * One problem in a rule file, shown as {@code FILE:LINE:COL: message}; line and column count from 1, and 0 means
 * unknown (the column is then left out).
 */
public record RuleError(String file, int line, int column, String message) {
    public RuleError(String file, int line, String message) {
        this(file, line, 0, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
