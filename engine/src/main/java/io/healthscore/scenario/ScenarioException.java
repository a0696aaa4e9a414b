package io.healthscore.scenario;

import io.healthscore.HealthscoreException;

/** A scenario file or entry that cannot be run: the line, the field and what was wrong, and what is accepted. */
final class ScenarioException extends HealthscoreException {
    private final int line;

    ScenarioException(int line, String field, String problem) {
        super(field + ": " + problem);
        this.line = line;
    }

    int line() {
        return line;
    }
}
