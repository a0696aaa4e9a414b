package io.healthscore.rules;

import io.healthscore.rules.facts.LowConfidence;
import io.healthscore.rules.facts.MonthBand;
import io.healthscore.rules.facts.MonthlyScore;
import io.healthscore.rules.facts.Trigger;
import io.healthscore.rules.facts.WeeklyScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/** Listens to one rule execution and keeps, in order, the facts the rules inserted and the rules that fired. */
final class OutcomeCollector extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final List<WeeklyScore> weeklyScores = new ArrayList<>();
    private final List<MonthlyScore> monthlyScores = new ArrayList<>();
    private final List<MonthBand> bands = new ArrayList<>();
    private final List<String> bandRules = new ArrayList<>();
    private final Map<String, String> triggers = new LinkedHashMap<>();
    private final List<String> firedRules = new ArrayList<>();
    private final List<RuleOutcome.BandSetting> bandSettings = new ArrayList<>();
    private String lowConfidence;

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object fact = event.getObject();
        if (fact instanceof WeeklyScore weekly) {
            weeklyScores.add(weekly);
        } else if (fact instanceof MonthlyScore monthly) {
            monthlyScores.add(monthly);
        } else if (fact instanceof MonthBand band) {
            bands.add(band);
            bandRules.add(ruleName(event.getRule()));
            bandSettings.add(new RuleOutcome.BandSetting(band, ruleName(event.getRule())));
        } else if (fact instanceof Trigger trigger) {
            triggers.putIfAbsent(trigger.name(), ruleName(event.getRule()));
        } else if (fact instanceof LowConfidence low && lowConfidence == null) {
            lowConfidence = low.reason();
        }
    }

    /** Facts the engine inserts itself (the input) have no rule. */
    private static String ruleName(Rule rule) {
        return rule == null ? "" : rule.getName();
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // results are read as inserted; rules that modify them are not part of the vocabulary
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Object fact = event.getOldObject();
        if (fact instanceof MonthlyScore monthly) {
            monthlyScores.remove(monthly);
        } else if (fact instanceof LowConfidence low && low.reason().equals(lowConfidence)) {
            lowConfidence = null;
        } else if (fact instanceof Trigger trigger) {
            triggers.remove(trigger.name());
        } else if (fact instanceof MonthBand band) {
            int index = bands.indexOf(band);
            if (index >= 0) {
                bands.remove(index);
                bandRules.remove(index);
            }
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firedRules.add(event.getMatch().getRule().getName());
    }

    RuleOutcome outcome() {
        return new RuleOutcome(weeklyScores, monthlyScores, bands, bandRules, List.copyOf(triggers.keySet()), triggers,
                firedRules, lowConfidence, bandSettings);
    }
}
