package io.healthscore.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Drivers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** One assessment as one line of JSON (contract section 4). */
final class AssessmentJson {
    private static final JsonFactory JSON = new JsonFactory();

    private AssessmentJson() {
    }

    static String line(Assessment assessment) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("company", assessment.company().value());
            json.writeStringField("month", assessment.month().toString());
            integer(json, "score", assessment.score());
            json.writeStringField("band", assessment.band().name());
            json.writeStringField("previousBand", assessment.previous().band().name());
            integer(json, "previousScore", assessment.previous().score());
            json.writeNumberField("weeks", assessment.drivers().weeks());
            drivers(json, assessment.drivers());
            json.writeArrayFieldStart("triggers");
            for (String trigger : assessment.triggers()) {
                json.writeString(trigger);
            }
            json.writeEndArray();
            json.writeStringField("rulesHash", assessment.rulesHash());
            json.writeStringField("effectiveBand", assessment.effectiveBand().name());
            if (assessment.standing().overridden()) {
                json.writeNumberField("override", assessment.standing().overrideId());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** {@code "drivers": {login, adoption, nps, change}}. */
    static void drivers(JsonGenerator json, Drivers drivers) throws IOException {
        json.writeObjectFieldStart("drivers");
        decimal(json, "login", drivers.login());
        decimal(json, "adoption", drivers.adoption());
        decimal(json, "nps", drivers.nps());
        integer(json, "change", drivers.change());
        json.writeEndObject();
    }

    static void integer(JsonGenerator json, String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    /** 70.25 stays 70.25; 55 is written 55.0, as a decimal. */
    private static void decimal(JsonGenerator json, String name, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
            return;
        }
        BigDecimal shown = value.stripTrailingZeros();
        json.writeNumberField(name, shown.scale() < 1 ? shown.setScale(1) : shown);
    }
}
