package io.healthscore.rules;

/** Something in a rule file that compiles but is likely a mistake, shown as {@code FILE:LINE:COL: warning: message}. */
public record RuleWarning(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": warning: " + message;
    }
}
