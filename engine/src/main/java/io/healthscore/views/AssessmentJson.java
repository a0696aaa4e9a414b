package io.healthscore.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.json.Json;
import java.time.YearMonth;
import java.util.List;

/** One assessment as one line of JSON (contract section 4); {@code override} only when one holds. */
@JsonPropertyOrder({"company", "month", "score", "band", "previousBand", "previousScore", "weeks", "drivers",
        "triggers", "rulesHash", "effectiveBand", "override"})
public record AssessmentJson(String company, YearMonth month, Integer score, Band band, Band previousBand,
        Integer previousScore, int weeks, AssessmentDrivers drivers, List<String> triggers, String rulesHash,
        Band effectiveBand, @JsonInclude(JsonInclude.Include.NON_NULL) Long override) {

    public static String line(Assessment assessment) {
        return Json.line(view(assessment));
    }

    public static AssessmentJson view(Assessment assessment) {
        return new AssessmentJson(assessment.company().value(), assessment.month(), assessment.score(),
                assessment.band(), assessment.previous().band(), assessment.previous().score(),
                assessment.drivers().weeks(), AssessmentDrivers.of(assessment.drivers()), assessment.triggers(),
                assessment.rulesHash(), assessment.effectiveBand(), assessment.standing().overrideId());
    }
}
