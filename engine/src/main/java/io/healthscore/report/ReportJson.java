package io.healthscore.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.healthscore.assessment.EffectiveBand;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** The portfolio report as one JSON object; percentages and drivers are exact decimal numbers, unknowns null. */
public final class ReportJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ReportJson() {
    }

    /** The whole report, pretty-printed, ending in a line break. */
    public static String render(PortfolioReport report) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("month", report.month().toString());
            json.writeStringField("generatedAt", report.generatedAt().toString());
            json.writeStringField("rulesHash", report.rulesHash());
            json.writeNumberField("companies", report.companies());
            distribution(json, report.distribution());
            target(json, report.target());
            JsonSections.movers(json, "moversUp", report.moversUp());
            JsonSections.movers(json, "moversDown", report.moversDown());
            json.writeNumberField("dropThreshold", report.dropThreshold());
            JsonSections.scoreDrops(json, report.scoreDrops());
            JsonSections.atRisk(json, report.atRisk());
            JsonSections.manualChanges(json, report.manualChanges());
            JsonSections.happiness(json, report.happiness());
            JsonSections.trend(json, report.trend());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void distribution(JsonGenerator json, Distribution distribution) throws IOException {
        json.writeArrayFieldStart("distribution");
        for (EffectiveBand band : EffectiveBand.values()) {
            json.writeStartObject();
            json.writeStringField("band", band.name());
            json.writeNumberField("count", distribution.count(band));
            decimal(json, "percent", distribution.percent(band));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void target(JsonGenerator json, HealthTarget target) throws IOException {
        json.writeObjectFieldStart("target");
        decimal(json, "target", target.targetPercent());
        decimal(json, "actual", target.actualPercent());
        json.writeNumberField("healthy", target.healthy());
        json.writeNumberField("active", target.active());
        json.writeBooleanField("met", target.met());
        decimal(json, "gap", target.gap());
        json.writeNumberField("companiesShort", target.companiesShort());
        json.writeEndObject();
    }

    /** Written exactly as a JSON number, never in exponent form: 57.5 stays 57.5, 70 stays 70. */
    static void decimal(JsonGenerator json, String name, BigDecimal value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.toPlainString());
        }
    }

    static void integer(JsonGenerator json, String name, Integer value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }
}
