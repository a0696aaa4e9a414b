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
 * The stored form of an {@link Explanation}: compact JSON, numbers as exact decimals. Parts are
 * {@code [name, value, weight]} triples to keep a month run's writes small.
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
        StringWriter text = new StringWriter(512);
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeArrayFieldStart("weeks");
            for (ExplainedWeek week : explanation.weeks()) {
                writeWeek(json, week);
            }
            json.writeEndArray();
            json.writeStringField("band", explanation.bandRule());
            json.writeObjectFieldStart("triggers");
            for (Map.Entry<String, String> trigger : explanation.triggerRules().entrySet()) {
                json.writeStringField(trigger.getKey(), trigger.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeWeek(JsonGenerator json, ExplainedWeek week) throws IOException {
        json.writeStartObject();
        json.writeStringField("week", week.week().toString());
        writeNumber(json, "login", week.login());
        writeNumber(json, "adoption", week.adoption());
        writeNumber(json, "nps", week.nps());
        writeNumber(json, "score", week.score());
        json.writeArrayFieldStart("parts");
        for (WeightedPart part : week.parts()) {
            json.writeStartArray();
            json.writeString(part.name());
            json.writeNumber(part.value().toPlainString());
            json.writeNumber(part.weight().toPlainString());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeNumber(JsonGenerator json, String field, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeFieldName(field);
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
            for (JsonNode week : root.path("weeks")) {
                weeks.add(readWeek(week));
            }
            Map<String, String> triggers = new LinkedHashMap<>();
            root.path("triggers").fields().forEachRemaining(field -> triggers.put(field.getKey(), field.getValue().asText()));
            return new Explanation(weeks, root.path("band").asText(""), triggers);
        } catch (IOException e) {
            throw new StoreException("a stored explanation is not readable JSON: " + e.getMessage(), e);
        }
    }

    private static ExplainedWeek readWeek(JsonNode week) {
        List<WeightedPart> parts = new ArrayList<>();
        for (JsonNode part : week.path("parts")) {
            parts.add(new WeightedPart(part.get(0).asText(), part.get(1).decimalValue(), part.get(2).decimalValue()));
        }
        return new ExplainedWeek(LocalDate.parse(week.path("week").asText()), decimal(week, "login"),
                decimal(week, "adoption"), decimal(week, "nps"), decimal(week, "score"), parts);
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }
}
