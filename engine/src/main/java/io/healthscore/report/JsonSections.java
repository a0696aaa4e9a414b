package io.healthscore.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import java.io.IOException;
import java.util.List;

/** The report's lists in JSON: one object per company, change, level or month. */
final class JsonSections {
    private JsonSections() {
    }

    static void movers(JsonGenerator json, String name, List<Mover> movers) throws IOException {
        json.writeArrayFieldStart(name);
        for (Mover mover : movers) {
            json.writeStartObject();
            company(json, mover.company(), mover.name());
            json.writeStringField("owner", mover.owner());
            json.writeStringField("from", mover.from().name());
            json.writeStringField("to", mover.to().name());
            ReportJson.integer(json, "score", mover.score());
            ReportJson.integer(json, "previousScore", mover.previousScore());
            ReportJson.integer(json, "change", mover.change());
            drivers(json, mover.drivers());
            json.writeStringField("source", mover.source());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void scoreDrops(JsonGenerator json, List<ScoreDrop> drops) throws IOException {
        json.writeArrayFieldStart("scoreDrops");
        for (ScoreDrop drop : drops) {
            json.writeStartObject();
            company(json, drop.company(), drop.name());
            json.writeNumberField("previousScore", drop.previousScore());
            json.writeNumberField("score", drop.score());
            json.writeNumberField("drop", drop.drop());
            json.writeStringField("band", drop.band().name());
            drivers(json, drop.drivers());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void atRisk(JsonGenerator json, List<AtRiskCompany> companies) throws IOException {
        json.writeArrayFieldStart("atRisk");
        for (AtRiskCompany company : companies) {
            json.writeStartObject();
            company(json, company.company(), company.name());
            json.writeStringField("owner", company.owner());
            ReportJson.integer(json, "score", company.score());
            json.writeStringField("automaticBand", company.automaticBand().name());
            json.writeBooleanField("overridden", company.overridden());
            json.writeNumberField("monthsAtRisk", company.monthsAtRisk());
            drivers(json, company.drivers());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void manualChanges(JsonGenerator json, List<ManualChange> changes) throws IOException {
        json.writeArrayFieldStart("manualChanges");
        for (ManualChange change : changes) {
            json.writeStartObject();
            json.writeStringField("at", change.at().toString());
            json.writeStringField("company", change.company());
            json.writeStringField("month", change.month().toString());
            json.writeStringField("source", change.source());
            json.writeStringField("author", change.author());
            json.writeStringField("note", change.note());
            json.writeStringField("from", change.from().name());
            json.writeStringField("to", change.to().name());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void happiness(JsonGenerator json, HappinessMix mix) throws IOException {
        json.writeObjectFieldStart("happiness");
        json.writeArrayFieldStart("levels");
        for (HappinessLevel level : HappinessLevel.values()) {
            json.writeStartObject();
            json.writeStringField("level", level.label());
            json.writeStringField("key", level.name());
            json.writeStringField("range", level.range());
            json.writeNumberField("count", mix.count(level));
            ReportJson.decimal(json, "percent", mix.percent(level));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("withFeedback", mix.withFeedback());
        json.writeNumberField("noFeedback", mix.noFeedback());
        json.writeEndObject();
    }

    static void trend(JsonGenerator json, List<Distribution> trend) throws IOException {
        json.writeArrayFieldStart("trend");
        for (Distribution month : trend) {
            json.writeStartObject();
            json.writeStringField("month", month.month().toString());
            json.writeObjectFieldStart("counts");
            for (EffectiveBand band : EffectiveBand.values()) {
                json.writeNumberField(band.name(), month.count(band));
            }
            json.writeEndObject();
            json.writeNumberField("total", month.total());
            ReportJson.decimal(json, "healthyPercent", month.healthyPercent());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void company(JsonGenerator json, String company, String name) throws IOException {
        json.writeStringField("company", company);
        json.writeStringField("name", name);
    }

    private static void drivers(JsonGenerator json, Drivers drivers) throws IOException {
        json.writeObjectFieldStart("drivers");
        ReportJson.decimal(json, "login", drivers.login());
        ReportJson.decimal(json, "adoption", drivers.adoption());
        ReportJson.decimal(json, "nps", drivers.nps());
        json.writeNumberField("weeks", drivers.weeks());
        json.writeEndObject();
    }
}
