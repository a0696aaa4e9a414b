package io.healthscore.rules.facts;

/** A trigger event the rules ask for, by name (e.g. {@code outreach-email}). */
public record Trigger(String name) {
    public Trigger {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a Trigger needs a name, e.g. new Trigger(\"outreach-email\")");
        }
    }
}
