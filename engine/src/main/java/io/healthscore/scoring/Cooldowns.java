package io.healthscore.scoring;

import io.healthscore.assessment.CompanyMonth;
import io.healthscore.rules.RuleDeclarations;
import io.healthscore.rules.RuleOutcome;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds back the triggers whose rule declares a cooldown ({@code @cooldown(months = N)}) when the same trigger was
 * emitted for the company less than N months before: once in N months, however often the company re-enters a band.
 */
final class Cooldowns {
    private Cooldowns() {
    }

    /** The triggers to emit, and those held back with why; {@code triggerRules} keeps only the emitted ones. */
    record Held(List<String> emitted, Map<String, String> triggerRules, Map<String, String> suppressed) {
        int count() {
            return suppressed.size();
        }
    }

    static Held apply(CompanyMonth input, RuleDeclarations declarations, RuleOutcome outcome) {
        if (declarations.cooldowns().isEmpty()) {
            return new Held(outcome.triggers(), outcome.triggerRules(), Map.of());
        }
        List<String> emitted = new ArrayList<>();
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, String> suppressed = new LinkedHashMap<>();
        for (String trigger : outcome.triggers()) {
            String rule = outcome.triggerRules().get(trigger);
            int months = declarations.cooldown(rule);
            YearMonth last = input.lastSent().get(trigger);
            if (months > 0 && last != null && last.isBefore(input.month())
                    && last.isAfter(input.month().minusMonths(months))) {
                suppressed.put(trigger, "cooldown: rule \"" + rule + "\" sends it at most once in " + months
                        + " months; last sent " + last + ", next from " + last.plusMonths(months));
            } else {
                emitted.add(trigger);
                rules.put(trigger, rule);
            }
        }
        return new Held(emitted, rules, suppressed);
    }
}
