package io.healthscore.store;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.assessment.ExplainedWeek;
import io.healthscore.assessment.Explanation;
import io.healthscore.assessment.WeightedPart;
import io.healthscore.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of an {@link Explanation}, kept small because every assessment has one:
 * {@code {"w":[[week, login, adoption, nps, score, parts]...], "b":band rule, "t":[[rule, [trigger...]]...]}}, and
 * only when they are not the default: {@code "r"} the rule set (absent: base), {@code "br"} the reason a rule forced
 * the band with, {@code "lc"} why the score is low-confidence, {@code "s":[[trigger, why]...]} the triggers a
 * cooldown held back.
 * A part is {@code [name, weight]} when its value is the week's field of that name (login, adoption), else
 * {@code [name, value, weight]}. Numbers are exact decimals.
 */
final class ExplanationJson {
    private ExplanationJson() {
    }

    static String write(Explanation explanation) {
        return Json.line(new StoredForm(explanation.weeks().stream().map(StoredWeek::of).toList(),
                explanation.bandRule(), byRule(explanation.triggerRules()),
                Explanation.BASE.equals(explanation.ruleSet()) ? null : explanation.ruleSet(), explanation.bandReason(),
                explanation.lowConfidence(), explanation.suppressed().isEmpty() ? null
                        : explanation.suppressed().entrySet().stream().map(held -> List.of(held.getKey(), held.getValue())).toList()));
    }

    private static List<RuleTriggers> byRule(Map<String, String> triggerRules) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        triggerRules.forEach((trigger, rule) -> byRule.computeIfAbsent(rule, ignored -> new ArrayList<>()).add(trigger));
        return byRule.entrySet().stream().map(rule -> new RuleTriggers(rule.getKey(), rule.getValue())).toList();
    }

    @JsonPropertyOrder({"w", "b", "t", "r", "br", "lc", "s"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record StoredForm(@JsonProperty("w") List<StoredWeek> weeks, @JsonProperty("b") String bandRule,
            @JsonProperty("t") List<RuleTriggers> triggerRules, @JsonProperty("r") String ruleSet,
            @JsonProperty("br") String bandReason, @JsonProperty("lc") String lowConfidence,
            @JsonProperty("s") List<List<String>> suppressed) {
    }

    /** {@code [week, login, adoption, nps, score, parts]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"week", "login", "adoption", "nps", "score", "parts"})
    private record StoredWeek(LocalDate week, BigDecimal login, BigDecimal adoption, BigDecimal nps, BigDecimal score,
            List<List<Object>> parts) {
        static StoredWeek of(ExplainedWeek week) {
            return new StoredWeek(week.week(), week.login(), week.adoption(), week.nps(), week.score(),
                    week.parts().stream().map(part -> part(week, part)).toList());
        }

        /** {@code [name, weight]} when the value is the week's own field of that name, else {@code [name, value, weight]}. */
        private static List<Object> part(ExplainedWeek week, WeightedPart part) {
            return part.value().equals(weekValue(week, part.name())) ? List.of(part.name(), part.weight())
                    : List.of(part.name(), part.value(), part.weight());
        }
    }

    /** {@code [rule, [trigger...]]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"rule", "triggers"})
    private record RuleTriggers(String rule, List<String> triggers) {
    }

    /** The week's own value a part of this name stands for, or null. */
    private static BigDecimal weekValue(ExplainedWeek week, String part) {
        return switch (part) {
            case "login" -> week.login();
            case "adoption" -> week.adoption();
            default -> null;
        };
    }

    static Explanation read(String text) {
        if (text == null) {
            return Explanation.NONE;
        }
        try {
            JsonNode root = Json.tree(text);
            List<ExplainedWeek> weeks = new ArrayList<>();
            for (JsonNode week : root.path("w")) {
                weeks.add(readWeek(week));
            }
            Map<String, String> triggers = new LinkedHashMap<>();
            for (JsonNode rule : root.path("t")) {
                rule.get(1).forEach(trigger -> triggers.put(trigger.asText(), rule.get(0).asText()));
            }
            Map<String, String> suppressed = new LinkedHashMap<>();
            for (JsonNode held : root.path("s")) {
                suppressed.put(held.get(0).asText(), held.get(1).asText());
            }
            return new Explanation(weeks, root.path("b").asText(""), triggers, text(root, "r"), text(root, "br"),
                    text(root, "lc"), suppressed);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("a stored explanation is not readable: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ExplainedWeek readWeek(JsonNode week) {
        BigDecimal login = decimal(week.get(1));
        BigDecimal adoption = decimal(week.get(2));
        List<WeightedPart> parts = new ArrayList<>();
        for (JsonNode part : week.get(5)) {
            String name = part.get(0).asText();
            BigDecimal value = part.size() == 2 ? ("login".equals(name) ? login : adoption) : decimal(part.get(1));
            parts.add(new WeightedPart(name, value, decimal(part.get(part.size() - 1))));
        }
        return new ExplainedWeek(LocalDate.parse(week.get(0).asText()), login, adoption, decimal(week.get(3)),
                decimal(week.get(4)), parts);
    }

    private static BigDecimal decimal(JsonNode value) {
        return value == null || value.isNull() ? null : value.decimalValue();
    }
}
