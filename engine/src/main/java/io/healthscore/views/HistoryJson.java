package io.healthscore.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.json.Json;
import io.healthscore.manual.Activity;
import io.healthscore.manual.BandOverride;
import io.healthscore.store.StoredAssessment;
import io.healthscore.store.StoredProvisional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * history --json: one object with the company, its churn and override in force, assessments and activities, and its
 * provisional month-to-date scores ({@code provisional}, left out when there are none).
 */
@JsonPropertyOrder({"company", "name", "segment", "owner", "churnedFrom", "override", "assessments", "activities",
        "provisional"})
public record HistoryJson(String company, String name, String segment, String owner, YearMonth churnedFrom,
        OverrideJson override, List<AssessmentEntry> assessments, List<ActivityEntry> activities,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProvisionalEntry> provisional) {

    public static String of(CompanyHistory history) {
        return Json.line(view(history));
    }

    public static HistoryJson view(CompanyHistory history) {
        return new HistoryJson(history.company().id().value(), history.company().name(),
                history.company().segment(), history.company().owner(),
                history.churn() == null ? null : history.churn().month(),
                history.override() == null ? null : OverrideJson.of(history.override()),
                history.assessments().stream().map(AssessmentEntry::of).toList(),
                history.activities().stream().map(ActivityEntry::of).toList(),
                history.provisional().stream().map(score -> ProvisionalEntry.of(score, history.superseded(score))).toList());
    }

    /**
     * One provisional month-to-date score, newest first: the weeks it used, the triggers it emitted (of {@code @early}
     * rules), and whether the month's assessment has superseded it.
     */
    @JsonPropertyOrder({"month", "provisional", "superseded", "score", "band", "effectiveBand", "previousBand",
            "previousScore", "drivers", "rulesHash", "assessedAt", "triggers", "ruleSet", "lowConfidence"})
    public record ProvisionalEntry(YearMonth month, ProvisionalJson provisional, boolean superseded, Integer score,
            Band band, Band effectiveBand, Band previousBand, Integer previousScore, AssessmentDrivers drivers,
            String rulesHash, Instant assessedAt, List<String> triggers, String ruleSet, String lowConfidence) {
        public static ProvisionalEntry of(StoredProvisional stored, boolean superseded) {
            Assessment assessment = stored.assessment();
            return new ProvisionalEntry(assessment.month(), ProvisionalJson.of(stored.weeks()), superseded,
                    assessment.score(), assessment.band(), assessment.effectiveBand(), assessment.previous().band(),
                    assessment.previous().score(), AssessmentDrivers.of(assessment.drivers()), assessment.rulesHash(),
                    stored.assessedAt(), stored.triggerNames(), assessment.explanation().ruleSet(),
                    assessment.explanation().lowConfidence());
        }
    }

    @JsonPropertyOrder({"id", "band", "from", "until", "by", "note", "setAt"})
    public record OverrideJson(long id, Band band, YearMonth from, YearMonth until, String by, String note, Instant setAt) {
        public static OverrideJson of(BandOverride override) {
            return new OverrideJson(override.id(), override.band(), override.from(), override.until(), override.author(),
                    override.note(), override.setAt());
        }
    }

    /**
     * One stored assessment; {@code override} only when one holds; then the rule set that scored it ("base" or a
     * segment id), why its score is low-confidence and the reason a rule forced its band with (null when none).
     */
    @JsonPropertyOrder({"month", "score", "band", "effectiveBand", "override", "previousBand", "previousScore",
            "drivers", "rulesHash", "assessedAt", "triggers", "ruleSet", "lowConfidence", "bandReason"})
    public record AssessmentEntry(YearMonth month, Integer score, Band band, Band effectiveBand,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long override, Band previousBand, Integer previousScore,
            AssessmentDrivers drivers, String rulesHash, Instant assessedAt, List<String> triggers, String ruleSet,
            String lowConfidence, String bandReason) {
        public static AssessmentEntry of(StoredAssessment stored) {
            Assessment assessment = stored.assessment();
            return new AssessmentEntry(assessment.month(), assessment.score(), assessment.band(),
                    assessment.effectiveBand(), assessment.standing().overrideId(), assessment.previous().band(),
                    assessment.previous().score(), AssessmentDrivers.of(assessment.drivers()), assessment.rulesHash(),
                    stored.assessedAt(), stored.triggers().stream().map(StoredAssessment.StoredTrigger::name).toList(),
                    assessment.explanation().ruleSet(), assessment.explanation().lowConfidence(),
                    assessment.explanation().bandReason());
        }
    }

    @JsonPropertyOrder({"at", "month", "source", "manual", "by", "note", "from", "to", "score", "automaticBand",
            "triggers"})
    public record ActivityEntry(Instant at, YearMonth month, String source, boolean manual, String by, String note,
            EffectiveBand from, EffectiveBand to, Integer score, Band automaticBand, List<String> triggers) {
        public static ActivityEntry of(Activity activity) {
            return new ActivityEntry(activity.at(), activity.month(), activity.source().label(),
                    activity.source().manual(), activity.author(), activity.note(), activity.from(), activity.to(),
                    activity.score(), activity.automaticBand(), activity.triggers());
        }
    }
}
