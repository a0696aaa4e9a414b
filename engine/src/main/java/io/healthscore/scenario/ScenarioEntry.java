package io.healthscore.scenario;

import io.healthscore.yaml.YamlList;
import io.healthscore.yaml.YamlScalar;
import io.healthscore.yaml.YamlValue;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.rules.facts.PastMonth;
import io.healthscore.rules.facts.Provisional;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One entry of a scenario file: the month to score (weeks, previous assessment, the company's past) and what to
 * expect.
 */
final class ScenarioEntry {
    static final YearMonth DEFAULT_MONTH = YearMonth.of(2026, 10);
    static final String DEFAULT_COMPANY = "scenario";
    private static final List<String> KEYS = List.of("scenario", "month", "company", "segment", "previous", "history",
            "weeks", "pastWeeks", "sent", "provisional", "expect");
    private static final String SCORE = "a whole number from 0 to 100 (every band but NONE has a score)";

    private ScenarioEntry() {
    }

    /** {@code segment} is the segment of an entry that names none (null: no segment). */
    static Scenario read(YamlValue value, String file, String segment) {
        EntryFields fields = EntryFields.of(value, "", KEYS);
        String name = fields.text("scenario", true, "a name saying what the scenario shows");
        YearMonth given = fields.month("month", false);
        YearMonth month = given == null ? DEFAULT_MONTH : given;
        CompanyId company = company(fields);
        String named = fields.text("segment", false, "a segment name, e.g. enterprise");
        ScenarioPast past = past(fields, company, month);
        Previous previous = previous(fields, past.months());
        YamlList weeks = fields.list("weeks", true, "a list of weeks, e.g. [{login: 80, adoption: 70, nps: 40}], [] for a month with no data");
        CompanyMonth input = new CompanyMonth(company, named == null ? segment : named, month,
                WeekEntries.read(weeks, company, month), previous);
        YamlValue toDate = fields.value("provisional", false, ProvisionalEntry.ACCEPTED);
        Provisional provisional = toDate == null ? null : ProvisionalEntry.read(toDate, month, input.weeks());
        Expectation expectation = ExpectationEntry.read(fields.value("expect", true, "a mapping of "
                + String.join(", ", Expectation.FIELDS)));
        return new Scenario(file, fields.line(), name, input, past, expectation, provisional);
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

    private static ScenarioPast past(EntryFields fields, CompanyId company, YearMonth month) {
        YamlList history = fields.list("history", false, HistoryEntries.ACCEPTED);
        YamlList pastWeeks = fields.list("pastWeeks", false, PastWeekEntries.ACCEPTED);
        YamlValue sent = fields.value("sent", false, "");
        return new ScenarioPast(history == null ? List.of() : HistoryEntries.read(history, month),
                pastWeeks == null ? List.of() : PastWeekEntries.read(pastWeeks, company, month),
                sent == null ? Map.of() : SentEntries.read(sent, month));
    }

    /**
     * Absent: the newest of the history's months (the band it was shown in, its score), a first assessment when the
     * history is empty too; null: a first assessment (previous band NONE, no previous score).
     */
    private static Previous previous(EntryFields fields, List<PastMonth> history) {
        YamlValue value = fields.value("previous", false, "");
        if (value == null && !history.isEmpty()) {
            return new Previous(history.get(0).effectiveBand(), history.get(0).score());
        }
        if (value == null || value instanceof YamlScalar scalar && scalar.isNull()) {
            return Previous.NONE;
        }
        EntryFields previous = EntryFields.of(value, "previous", List.of("band", "score"));
        Band band = previous.band("band");
        return new Previous(band, score(previous, band));
    }

    /** The {@code score} of a mapping with a {@code band}: none for NONE, a whole percent for every other band. */
    static Integer score(EntryFields fields, Band band) {
        Integer score = fields.wholePercent("score", SCORE + ", or none for NONE");
        if (band == Band.NONE && score != null) {
            throw new ScenarioException(fields.lineOf("score"), fields.name("score"), score
                    + " given with band NONE; accepted: no score for NONE (a month without data)");
        }
        if (band != Band.NONE && score == null) {
            throw new ScenarioException(fields.lineOf("score"), fields.name("score"), "is missing for band " + band
                    + "; accepted: " + SCORE);
        }
        return score;
    }
}
