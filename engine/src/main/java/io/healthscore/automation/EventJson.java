package io.healthscore.automation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.healthscore.assessment.Drivers;
import io.healthscore.trigger.EmittedTrigger;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The JSON object a trigger is delivered as: a line of the triggers file and the body of a webhook POST (the
 * format the README documents). {@code message} is the rendered text template, when the route has one.
 */
final class EventJson {
    private static final JsonFactory JSON = new JsonFactory();

    private EventJson() {
    }

    static String of(TriggerEvent event, String message) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            EmittedTrigger trigger = event.trigger();
            json.writeStartObject();
            json.writeStringField("id", event.id());
            json.writeStringField("company", trigger.company().value());
            json.writeStringField("month", trigger.month().toString());
            json.writeStringField("trigger", trigger.name());
            json.writeStringField("band", trigger.band().name());
            json.writeStringField("previousBand", trigger.previousBand().name());
            writeInteger(json, "score", trigger.score());
            writeInteger(json, "previousScore", trigger.previousScore());
            json.writeStringField("rulesHash", trigger.rulesHash());
            json.writeStringField("emittedAt", trigger.emittedAt().toString());
            json.writeStringField("companyName", event.company().name());
            json.writeStringField("owner", event.company().owner());
            json.writeStringField("contact", event.company().contact());
            json.writeStringField("segment", event.company().segment());
            writeDrivers(json, event.drivers());
            json.writeNumberField("attempt", event.attempt());
            json.writeBooleanField("replay", event.replay());
            writeManual(json, trigger.manual());
            if (message != null) {
                json.writeStringField("message", message);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** {@code "manual": true} with the change that emitted the trigger (source, by, note), or false. */
    private static void writeManual(JsonGenerator json, EmittedTrigger.Manual manual) throws IOException {
        json.writeBooleanField("manual", manual != null);
        if (manual != null) {
            json.writeObjectFieldStart("change");
            json.writeStringField("source", manual.source());
            json.writeStringField("by", manual.author());
            json.writeStringField("note", manual.note());
            json.writeEndObject();
        }
    }

    private static void writeDrivers(JsonGenerator json, Drivers drivers) throws IOException {
        json.writeObjectFieldStart("drivers");
        writeDecimal(json, "login", drivers.login());
        writeDecimal(json, "adoption", drivers.adoption());
        writeDecimal(json, "nps", drivers.nps());
        json.writeNumberField("weeks", drivers.weeks());
        writeInteger(json, "change", drivers.change());
        json.writeEndObject();
    }

    private static void writeInteger(JsonGenerator json, String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    /** The value without trailing zeros, so that it reads the same however the store scaled it (61, not 61.00). */
    private static void writeDecimal(JsonGenerator json, String name, BigDecimal value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.stripTrailingZeros().toPlainString());
        }
    }
}
