package io.healthscore.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.healthscore.assessment.Assessment;
import io.healthscore.manual.Activity;
import io.healthscore.manual.BandOverride;
import io.healthscore.store.StoredAssessment;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** history --json: one object with the company, its churn and override in force, assessments and activities. */
final class HistoryJson {
    private static final JsonFactory JSON = new JsonFactory();

    private HistoryJson() {
    }

    static String of(CompanyHistory history) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("company", history.company().id().value());
            json.writeStringField("name", history.company().name());
            json.writeStringField("segment", history.company().segment());
            json.writeStringField("owner", history.company().owner());
            json.writeStringField("churnedFrom", history.churn() == null ? null : history.churn().month().toString());
            override(json, history.override());
            json.writeArrayFieldStart("assessments");
            for (StoredAssessment stored : history.assessments()) {
                assessment(json, stored);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("activities");
            for (Activity activity : history.activities()) {
                activity(json, activity);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void override(JsonGenerator json, BandOverride override) throws IOException {
        if (override == null) {
            json.writeNullField("override");
            return;
        }
        json.writeObjectFieldStart("override");
        json.writeNumberField("id", override.id());
        json.writeStringField("band", override.band().name());
        json.writeStringField("from", override.from().toString());
        json.writeStringField("until", override.until().toString());
        json.writeStringField("by", override.author());
        json.writeStringField("note", override.note());
        json.writeStringField("setAt", override.setAt().toString());
        json.writeEndObject();
    }

    private static void assessment(JsonGenerator json, StoredAssessment stored) throws IOException {
        Assessment assessment = stored.assessment();
        json.writeStartObject();
        json.writeStringField("month", assessment.month().toString());
        AssessmentJson.integer(json, "score", assessment.score());
        json.writeStringField("band", assessment.band().name());
        json.writeStringField("effectiveBand", assessment.effectiveBand().name());
        if (assessment.standing().overridden()) {
            json.writeNumberField("override", assessment.standing().overrideId());
        }
        json.writeStringField("previousBand", assessment.previous().band().name());
        AssessmentJson.integer(json, "previousScore", assessment.previous().score());
        AssessmentJson.drivers(json, assessment.drivers());
        json.writeStringField("rulesHash", assessment.rulesHash());
        json.writeStringField("assessedAt", stored.assessedAt().toString());
        json.writeArrayFieldStart("triggers");
        for (StoredAssessment.StoredTrigger trigger : stored.triggers()) {
            json.writeString(trigger.name());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void activity(JsonGenerator json, Activity activity) throws IOException {
        json.writeStartObject();
        json.writeStringField("at", activity.at().toString());
        json.writeStringField("month", activity.month().toString());
        json.writeStringField("source", activity.source().label());
        json.writeBooleanField("manual", activity.source().manual());
        json.writeStringField("by", activity.author());
        json.writeStringField("note", activity.note());
        json.writeStringField("from", activity.from().name());
        json.writeStringField("to", activity.to().name());
        AssessmentJson.integer(json, "score", activity.score());
        json.writeStringField("automaticBand", activity.automaticBand() == null ? null : activity.automaticBand().name());
        json.writeArrayFieldStart("triggers");
        for (String trigger : activity.triggers()) {
            json.writeString(trigger);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
