package io.healthscore.rules;

/** Where a rule is written: its file, the line of its {@code rule} keyword and its conditions as written. */
public record RuleLocation(String file, int line, String when) {
}
