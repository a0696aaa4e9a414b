package io.healthscore.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.json.Json;
import java.time.YearMonth;
import java.util.List;

/**
 * One assessment as one line of JSON (contract section 4); {@code override} only when one holds. Then the rule set
 * that scored it ("base" or a segment id), why the score is low-confidence and the reason a rule forced the band with
 * (each null when none), and the triggers a cooldown held back (not in {@code triggers}); {@code provisional} only
 * on a month-to-date score, with the weeks it used.
 */
@JsonPropertyOrder({"company", "month", "score", "band", "previousBand", "previousScore", "weeks", "drivers",
        "triggers", "rulesHash", "effectiveBand", "override", "ruleSet", "lowConfidence", "bandReason", "suppressed",
        "provisional"})
public record AssessmentJson(String company, YearMonth month, Integer score, Band band, Band previousBand,
        Integer previousScore, int weeks, AssessmentDrivers drivers, List<String> triggers, String rulesHash,
        Band effectiveBand, @JsonInclude(JsonInclude.Include.NON_NULL) Long override, String ruleSet,
        String lowConfidence, String bandReason, List<String> suppressed,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProvisionalJson provisional) {

    public static String line(Assessment assessment) {
        return Json.line(view(assessment));
    }

    /** A provisional month-to-date score, marked with the weeks it used. */
    public static String line(Assessment assessment, ProvisionalJson provisional) {
        return Json.line(view(assessment, provisional));
    }

    public static AssessmentJson view(Assessment assessment) {
        return view(assessment, null);
    }

    public static AssessmentJson view(Assessment assessment, ProvisionalJson provisional) {
        return new AssessmentJson(assessment.company().value(), assessment.month(), assessment.score(),
                assessment.band(), assessment.previous().band(), assessment.previous().score(),
                assessment.drivers().weeks(), AssessmentDrivers.of(assessment.drivers()), assessment.triggers(),
                assessment.rulesHash(), assessment.effectiveBand(), assessment.standing().overrideId(),
                assessment.explanation().ruleSet(), assessment.explanation().lowConfidence(),
                assessment.explanation().bandReason(), List.copyOf(assessment.explanation().suppressed().keySet()),
                provisional);
    }
}
