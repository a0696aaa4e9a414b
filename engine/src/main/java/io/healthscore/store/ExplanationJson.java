package io.healthscore.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.healthscore.assessment.ExplainedWeek;
import io.healthscore.assessment.Explanation;
import io.healthscore.assessment.WeightedPart;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of an {@link Explanation}, kept small because every assessment has one:
 * {@code {"w":[[week, login, adoption, nps, score, parts]...], "b":band rule, "t":[[rule, [trigger...]]...]}}.
 * A part is {@code [name, weight]} when its value is the week's field of that name (login, adoption), else
 * {@code [name, value, weight]}. Numbers are exact decimals.
 */
final class ExplanationJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private ExplanationJson() {
    }

    static String write(Explanation explanation) {
        StringWriter text = new StringWriter(384);
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeArrayFieldStart("w");
            for (ExplainedWeek week : explanation.weeks()) {
                writeWeek(json, week);
            }
            json.writeEndArray();
            json.writeStringField("b", explanation.bandRule());
            json.writeArrayFieldStart("t");
            for (Map.Entry<String, List<String>> rule : byRule(explanation.triggerRules()).entrySet()) {
                json.writeStartArray();
                json.writeString(rule.getKey());
                json.writeStartArray();
                for (String trigger : rule.getValue()) {
                    json.writeString(trigger);
                }
                json.writeEndArray();
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static Map<String, List<String>> byRule(Map<String, String> triggerRules) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        triggerRules.forEach((trigger, rule) -> byRule.computeIfAbsent(rule, ignored -> new ArrayList<>()).add(trigger));
        return byRule;
    }

    private static void writeWeek(JsonGenerator json, ExplainedWeek week) throws IOException {
        json.writeStartArray();
        json.writeString(week.week().toString());
        writeNumber(json, week.login());
        writeNumber(json, week.adoption());
        writeNumber(json, week.nps());
        writeNumber(json, week.score());
        json.writeStartArray();
        for (WeightedPart part : week.parts()) {
            json.writeStartArray();
            json.writeString(part.name());
            if (!part.value().equals(weekValue(week, part.name()))) {
                writeNumber(json, part.value());
            }
            writeNumber(json, part.weight());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndArray();
    }

    /** The week's own value a part of this name stands for, or null. */
    private static BigDecimal weekValue(ExplainedWeek week, String part) {
        return switch (part) {
            case "login" -> week.login();
            case "adoption" -> week.adoption();
            default -> null;
        };
    }

    private static void writeNumber(JsonGenerator json, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.stripTrailingZeros().toPlainString());
        }
    }

    static Explanation read(String text) {
        if (text == null) {
            return Explanation.NONE;
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            List<ExplainedWeek> weeks = new ArrayList<>();
            for (JsonNode week : root.path("w")) {
                weeks.add(readWeek(week));
            }
            Map<String, String> triggers = new LinkedHashMap<>();
            for (JsonNode rule : root.path("t")) {
                rule.get(1).forEach(trigger -> triggers.put(trigger.asText(), rule.get(0).asText()));
            }
            return new Explanation(weeks, root.path("b").asText(""), triggers);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("a stored explanation is not readable: " + e.getMessage(), e);
        }
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
