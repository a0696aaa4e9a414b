package io.healthscore.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.ExplainedWeek;
import io.healthscore.assessment.WeightedPart;
import io.healthscore.rules.RuleCatalog;
import io.healthscore.rules.RuleLocation;
import io.healthscore.store.StoredAssessment;
import io.healthscore.store.StoredAssessment.StoredTrigger;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A stored assessment's explanation as one JSON object; numbers are exact decimals. */
final class ExplainJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ExplainJson() {
    }

    static String of(StoredAssessment stored, RuleCatalog catalog) {
        Assessment assessment = stored.assessment();
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("company", assessment.company().value());
            json.writeStringField("month", assessment.month().toString());
            AssessmentJson.integer(json, "score", assessment.score());
            decimal(json, "mean", assessment.mean());
            json.writeStringField("band", assessment.band().name());
            json.writeStringField("effectiveBand", assessment.effectiveBand().name());
            json.writeObjectFieldStart("previous");
            json.writeStringField("band", assessment.previous().band().name());
            AssessmentJson.integer(json, "score", assessment.previous().score());
            json.writeEndObject();
            drivers(json, assessment);
            weeks(json, assessment);
            json.writeFieldName("bandRule");
            rule(json, assessment.explanation().bandRule(), catalog);
            json.writeArrayFieldStart("firedRules");
            for (String fired : assessment.firedRules()) {
                json.writeString(fired);
            }
            json.writeEndArray();
            triggers(json, stored, catalog);
            json.writeStringField("rulesHash", assessment.rulesHash());
            json.writeStringField("assessedAt", stored.assessedAt().toString());
            json.writeBooleanField("recorded", assessment.explanation().recorded());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void drivers(JsonGenerator json, Assessment assessment) throws IOException {
        json.writeObjectFieldStart("drivers");
        decimal(json, "login", assessment.drivers().login());
        decimal(json, "adoption", assessment.drivers().adoption());
        decimal(json, "nps", assessment.drivers().nps());
        json.writeNumberField("weeks", assessment.drivers().weeks());
        AssessmentJson.integer(json, "change", assessment.drivers().change());
        json.writeEndObject();
    }

    private static void weeks(JsonGenerator json, Assessment assessment) throws IOException {
        json.writeArrayFieldStart("weeks");
        for (ExplainedWeek week : assessment.explanation().weeks()) {
            json.writeStartObject();
            json.writeStringField("week", week.week().toString());
            decimal(json, "login", week.login());
            decimal(json, "adoption", week.adoption());
            decimal(json, "nps", week.nps());
            decimal(json, "score", week.score());
            json.writeArrayFieldStart("parts");
            for (WeightedPart part : week.parts()) {
                json.writeStartObject();
                json.writeStringField("name", part.name());
                decimal(json, "value", part.value());
                decimal(json, "weight", part.weight());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void triggers(JsonGenerator json, StoredAssessment stored, RuleCatalog catalog) throws IOException {
        Set<String> names = new LinkedHashSet<>(stored.assessment().explanation().triggerRules().keySet());
        stored.triggers().forEach(trigger -> names.add(trigger.name()));
        json.writeArrayFieldStart("triggers");
        for (String name : names) {
            json.writeStartObject();
            json.writeStringField("name", name);
            String asked = stored.assessment().explanation().triggerRules().get(name);
            json.writeFieldName("rule");
            if (asked == null) {
                json.writeNull();
            } else {
                rule(json, asked, catalog);
            }
            StoredTrigger row = stored.triggers().stream().filter(trigger -> trigger.name().equals(name)).findFirst()
                    .orElse(null);
            instant(json, "emittedAt", row == null ? null : row.emittedAt());
            instant(json, "deliveredAt", row == null ? null : row.deliveredAt());
            if (row != null) {
                json.writeStringField("status", row.status().code());
                json.writeStringField("channel", row.channel());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void rule(JsonGenerator json, String name, RuleCatalog catalog) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        RuleLocation location = catalog.find(name).orElse(null);
        json.writeStringField("file", location == null ? null : location.file());
        if (location == null) {
            json.writeNullField("line");
        } else {
            json.writeNumberField("line", location.line());
        }
        json.writeStringField("when", location == null ? null : location.when());
        json.writeEndObject();
    }

    private static void instant(JsonGenerator json, String name, Instant value) throws IOException {
        json.writeStringField(name, value == null ? null : value.toString());
    }

    private static void decimal(JsonGenerator json, String name, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
        }
    }
}
