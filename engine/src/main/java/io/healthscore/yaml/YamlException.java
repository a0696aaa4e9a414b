package io.healthscore.yaml;

import io.healthscore.HealthscoreException;

/** A YAML file that cannot be read as written: the line, the field (or "yaml"), what was wrong and what is accepted. */
public final class YamlException extends HealthscoreException {
    private final int line;
    private final String field;
    private final String problem;

    public YamlException(int line, String field, String problem) {
        super(field + ": " + problem);
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
