package io.healthscore.cli;

import io.healthscore.assessment.Explanation;
import io.healthscore.store.StoredAssessment;
import io.healthscore.store.StoredAssessment.StoredTrigger;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The triggers part of an explanation: what the rules asked for when this assessment was scored, and what is
 * stored for the company and month (a trigger is emitted once, possibly by an earlier scoring of the month), then
 * those the rules asked for that a cooldown held back.
 */
final class ExplainTriggers {
    private final PrintStream out;
    private final String indent;
    private final Function<String, String> rule;

    ExplainTriggers(PrintStream out, String indent, Function<String, String> rule) {
        this.out = out;
        this.indent = indent;
        this.rule = rule;
    }

    void print(StoredAssessment stored) {
        Explanation explanation = stored.assessment().explanation();
        Set<String> names = new LinkedHashSet<>(explanation.triggerRules().keySet());
        stored.triggers().forEach(trigger -> names.add(trigger.name()));
        if (names.isEmpty() && explanation.suppressed().isEmpty()) {
            out.println(ExplainText.label("triggers") + "none");
            return;
        }
        boolean first = true;
        for (String name : names) {
            out.println((first ? ExplainText.label("triggers") : indent) + line(name, explanation.triggerRules(), stored));
            first = false;
        }
        for (Map.Entry<String, String> held : explanation.suppressed().entrySet()) {
            out.println((first ? ExplainText.label("triggers") : indent) + held.getKey() + ": held back (not sent); "
                    + held.getValue());
            first = false;
        }
    }

    private String line(String name, Map<String, String> asked, StoredAssessment stored) {
        Optional<StoredTrigger> trigger = stored.triggers().stream().filter(row -> row.name().equals(name)).findFirst();
        String by = asked.containsKey(name) ? "asked for by " + rule.apply(asked.get(name))
                : "not asked for by this scoring";
        if (trigger.isEmpty()) {
            return name + ": " + by + "; not stored";
        }
        StoredTrigger row = trigger.get();
        String emitted = row.emittedAt().isBefore(stored.assessedAt())
                ? "emitted " + row.emittedAt() + " by an earlier scoring (rules " + row.rulesHash().substring(0, 12) + ")"
                : "emitted " + row.emittedAt();
        String delivered = switch (row.status()) {
            case SENT -> "delivered " + row.deliveredAt() + " through " + row.channel();
            case PENDING -> "delivery pending";
            case DEAD -> "dead-lettered: " + row.lastError();
            case OFF -> "not delivered: its automation is off";
        };
        return name + ": " + by + "; " + emitted + ", " + delivered;
    }
}
