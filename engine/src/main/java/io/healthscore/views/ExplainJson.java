package io.healthscore.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.ExplainedWeek;
import io.healthscore.assessment.Explanation;
import io.healthscore.assessment.WeightedPart;
import io.healthscore.json.DriversJson;
import io.healthscore.json.Json;
import io.healthscore.rules.RuleCatalog;
import io.healthscore.rules.RuleLocation;
import io.healthscore.rules.facts.Coverage;
import io.healthscore.scoring.RulesHistory;
import io.healthscore.store.StoredAssessment;
import io.healthscore.store.StoredAssessment.StoredTrigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stored assessment's explanation as one JSON object; numbers are exact decimals. After the fields of the first
 * version: the rule set that scored it ("base" or a segment id), the reason a rule forced the band with and why the
 * score is low-confidence (each null when none), the triggers a cooldown held back, the history depth the rules
 * declare with the earlier assessments within it, newest first, and the month's data coverage (null when no
 * explanation was recorded).
 */
@JsonPropertyOrder({"company", "month", "score", "mean", "band", "effectiveBand", "previous", "drivers", "weeks",
        "bandRule", "firedRules", "triggers", "rulesHash", "assessedAt", "recorded", "ruleSet", "bandReason",
        "lowConfidence", "suppressed", "historyDepth", "history", "coverage", "provisional"})
public record ExplainJson(String company, YearMonth month, Integer score, BigDecimal mean, Band band, Band effectiveBand,
        Previous previous, DriversJson drivers, List<Week> weeks, Rule bandRule, List<String> firedRules,
        List<Trigger> triggers, String rulesHash, Instant assessedAt, boolean recorded, String ruleSet,
        String bandReason, String lowConfidence, List<Suppressed> suppressed, HistoryDepth historyDepth,
        List<PastMonth> history, CoverageJson coverage,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProvisionalJson provisional) {

    public static String of(StoredAssessment stored, RuleCatalog catalog, RulesHistory read) {
        return Json.line(view(stored, catalog, read));
    }

    /** A provisional month-to-date score, marked with the weeks it used ({@code provisional}). */
    public static String of(StoredAssessment stored, RuleCatalog catalog, RulesHistory read, ProvisionalJson provisional) {
        return Json.line(view(stored, catalog, read, provisional));
    }

    public static ExplainJson view(StoredAssessment stored, RuleCatalog catalog, RulesHistory read) {
        return view(stored, catalog, read, null);
    }

    /** {@code read}: what the rules that scored it read beyond the month (see {@code AssessmentLog.rulesHistory}). */
    public static ExplainJson view(StoredAssessment stored, RuleCatalog catalog, RulesHistory read,
            ProvisionalJson provisional) {
        Assessment assessment = stored.assessment();
        Explanation explanation = assessment.explanation();
        return new ExplainJson(assessment.company().value(), assessment.month(), assessment.score(),
                assessment.mean(), assessment.band(), assessment.effectiveBand(),
                new Previous(assessment.previous().band(), assessment.previous().score()),
                DriversJson.of(assessment.drivers()),
                explanation.weeks().stream().map(Week::of).toList(),
                Rule.of(explanation.bandRule(), catalog), assessment.firedRules(),
                triggers(stored, catalog), assessment.rulesHash(), stored.assessedAt(),
                explanation.recorded(), explanation.ruleSet(), explanation.bandReason(), explanation.lowConfidence(),
                explanation.suppressed().entrySet().stream().map(held -> new Suppressed(held.getKey(), held.getValue()))
                        .toList(),
                new HistoryDepth(read.months(), read.weeks()), read.past().stream().map(PastMonth::of).toList(),
                read.coverage() == null ? null : CoverageJson.of(read.coverage()), provisional);
    }

    /** The triggers the rules asked for, then those stored without a rule, each with its delivery when stored. */
    private static List<Trigger> triggers(StoredAssessment stored, RuleCatalog catalog) {
        Map<String, String> rules = stored.assessment().explanation().triggerRules();
        Set<String> names = new LinkedHashSet<>(rules.keySet());
        stored.triggers().forEach(trigger -> names.add(trigger.name()));
        return names.stream().map(name -> {
            String rule = rules.get(name);
            StoredTrigger row = stored.triggers().stream().filter(trigger -> trigger.name().equals(name)).findFirst()
                    .orElse(null);
            return new Trigger(name, rule == null ? null : Rule.of(rule, catalog),
                    row == null ? null : row.emittedAt(), row == null ? null : row.deliveredAt(),
                    row == null ? null : new Delivery(row.status().code(), row.channel()));
        }).toList();
    }

    @JsonPropertyOrder({"band", "score"})
    public record Previous(Band band, Integer score) {
    }

    @JsonPropertyOrder({"week", "login", "adoption", "nps", "score", "parts"})
    public record Week(LocalDate week, BigDecimal login, BigDecimal adoption, BigDecimal nps, BigDecimal score,
            List<Part> parts) {
        public static Week of(ExplainedWeek week) {
            return new Week(week.week(), week.login(), week.adoption(), week.nps(), week.score(),
                    week.parts().stream().map(Part::of).toList());
        }
    }

    @JsonPropertyOrder({"name", "value", "weight"})
    public record Part(String name, BigDecimal value, BigDecimal weight) {
        public static Part of(WeightedPart part) {
            return new Part(part.name(), part.value(), part.weight());
        }
    }

    /** A rule by name, with where it is and its condition; nulls when the rules in force have no rule of that name. */
    @JsonPropertyOrder({"name", "file", "line", "when"})
    public record Rule(String name, String file, Integer line, String when) {
        public static Rule of(String name, RuleCatalog catalog) {
            RuleLocation location = catalog.find(name).orElse(null);
            return location == null ? new Rule(name, null, null, null)
                    : new Rule(name, location.file(), location.line(), location.when());
        }
    }

    /** {@code status} and {@code channel} only for a trigger that was stored. */
    @JsonPropertyOrder({"name", "rule", "emittedAt", "deliveredAt", "delivery"})
    public record Trigger(String name, Rule rule, Instant emittedAt, Instant deliveredAt, @JsonUnwrapped Delivery delivery) {
    }

    @JsonPropertyOrder({"status", "channel"})
    public record Delivery(String status, String channel) {
    }

    /** A trigger the rules asked for that was not emitted, and why (a cooldown). */
    @JsonPropertyOrder({"trigger", "reason"})
    public record Suppressed(String trigger, String reason) {
    }

    /** How much history the rule set declares: months of assessments, weeks of metrics; 0 and 0 when none. */
    @JsonPropertyOrder({"months", "weeks"})
    public record HistoryDepth(int months, int weeks) {
    }

    /** An earlier assessment within the declared months; {@code lowConfidence} its reason, or null. */
    @JsonPropertyOrder({"month", "score", "band", "effectiveBand", "lowConfidence"})
    public record PastMonth(YearMonth month, Integer score, Band band, Band effectiveBand, String lowConfidence) {
        static PastMonth of(StoredAssessment stored) {
            Assessment past = stored.assessment();
            return new PastMonth(past.month(), past.score(), past.band(), past.effectiveBand(),
                    past.explanation().lowConfidence());
        }
    }

    /**
     * The month's weeks with data of its weeks, and its latest NPS answer within reach (the Monday of its week, and
     * how many weeks before the month's last week; both null when none).
     */
    @JsonPropertyOrder({"weeks", "weeksInMonth", "lastNps", "npsAgeWeeks"})
    public record CoverageJson(int weeks, int weeksInMonth, LocalDate lastNps, Integer npsAgeWeeks) {
        static CoverageJson of(Coverage coverage) {
            return new CoverageJson(coverage.weeks(), coverage.weeksInMonth(), coverage.lastNps(), coverage.npsAgeWeeks());
        }
    }
}
