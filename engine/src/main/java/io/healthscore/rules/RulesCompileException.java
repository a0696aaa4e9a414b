package io.healthscore.rules;

import io.healthscore.HealthscoreException;
import java.util.List;
import java.util.stream.Collectors;

/** The rule set did not compile; nothing may be scored with it. */
public class RulesCompileException extends HealthscoreException {
    private final transient List<RuleError> errors;

    public RulesCompileException(List<RuleError> errors) {
        super(errors.stream().map(RuleError::toString).collect(Collectors.joining(System.lineSeparator())));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
