package io.healthscore.scenario;

import io.healthscore.yaml.YamlList;
import io.healthscore.yaml.YamlScalar;
import io.healthscore.yaml.YamlValue;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** One entry of a scenario file: the month to score (weeks, previous assessment) and what to expect. */
final class ScenarioEntry {
    static final YearMonth DEFAULT_MONTH = YearMonth.of(2026, 10);
    static final String DEFAULT_COMPANY = "scenario";
    private static final List<String> KEYS = List.of("scenario", "month", "company", "segment", "previous", "weeks", "expect");
    private static final String SCORE = "a whole number from 0 to 100 (every band but NONE has a score)";

    private ScenarioEntry() {
    }

    static Scenario read(YamlValue value, String file) {
        EntryFields fields = EntryFields.of(value, "", KEYS);
        String name = fields.text("scenario", true, "a name saying what the scenario shows");
        YearMonth month = month(fields);
        CompanyId company = company(fields);
        String segment = fields.text("segment", false, "a segment name, e.g. enterprise");
        Previous previous = previous(fields);
        YamlList weeks = fields.list("weeks", true, "a list of weeks, e.g. [{login: 80, adoption: 70, nps: 40}], [] for a month with no data");
        CompanyMonth input = new CompanyMonth(company, segment, month, WeekEntries.read(weeks, company, month), previous);
        Expectation expectation = ExpectationEntry.read(fields.value("expect", true, "a mapping of weekly, mean, score, band, triggers"));
        return new Scenario(file, fields.line(), name, input, expectation);
    }

    private static YearMonth month(EntryFields fields) {
        String text = fields.text("month", false, "a month YYYY-MM, e.g. 2026-10");
        if (text == null) {
            return DEFAULT_MONTH;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below with the accepted format
        }
        throw new ScenarioException(fields.lineOf("month"), "month", "'" + text + "' is not a month; accepted: YYYY-MM, e.g. 2026-10");
    }

    private static CompanyId company(EntryFields fields) {
        String text = fields.text("company", false, "a company id");
        if (text == null) {
            return CompanyId.of(DEFAULT_COMPANY);
        }
        if (!CompanyId.isValid(text)) {
            throw new ScenarioException(fields.lineOf("company"), "company", "'" + text
                    + "' is not a company id; accepted: 1-64 characters of A-Z a-z 0-9 . _ -");
        }
        return CompanyId.of(text);
    }

    /** Absent or null: a first assessment (previous band NONE, no previous score). */
    private static Previous previous(EntryFields fields) {
        YamlValue value = fields.value("previous", false, "");
        if (value == null || value instanceof YamlScalar scalar && scalar.isNull()) {
            return Previous.NONE;
        }
        EntryFields previous = EntryFields.of(value, "previous", List.of("band", "score"));
        Band band;
        try {
            band = Band.parse(previous.text("band", true, "a band: THRIVING, HEALTHY, STEADY, AT_RISK or NONE"));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(previous.lineOf("band"), "previous.band", e.getMessage());
        }
        Integer score = previous.wholePercent("score", SCORE + ", or none for NONE");
        if (band == Band.NONE && score != null) {
            throw new ScenarioException(previous.lineOf("score"), "previous.score", score
                    + " given with band NONE; accepted: no score for NONE (a month without data)");
        }
        if (band != Band.NONE && score == null) {
            throw new ScenarioException(previous.lineOf("score"), "previous.score", "is missing for band " + band
                    + "; accepted: " + SCORE);
        }
        return new Previous(band, score);
    }
}
