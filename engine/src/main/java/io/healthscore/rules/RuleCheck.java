package io.healthscore.rules;

import java.util.List;

/**
 * What checking a rules folder found: errors (nothing can be scored with it), warnings, and when there are no
 * errors the compiled rule set, which the caller closes.
 */
public record RuleCheck(List<RuleError> errors, List<RuleWarning> warnings, int files, int rules, RuleSet ruleSet) {
    public RuleCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean compiles() {
        return errors.isEmpty();
    }
}
