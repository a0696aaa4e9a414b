package io.healthscore.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.PortfolioRow;
import java.time.YearMonth;

/**
 * One company of the list as JSON ({@code companies --json}, the API's list); {@code override} only when one holds;
 * then the rule set that scored it ("base" or a segment id, null without an assessment) and why its score is
 * low-confidence (null when it is not); {@code provisional} only for a month-to-date score, with the weeks it used.
 */
@JsonPropertyOrder({"company", "name", "segment", "owner", "month", "score", "band", "effectiveBand", "override",
        "drivers", "ruleSet", "lowConfidence", "provisional"})
public record CompanyJson(String company, String name, String segment, String owner, YearMonth month, Integer score,
        Band band, EffectiveBand effectiveBand, @JsonInclude(JsonInclude.Include.NON_NULL) Long override,
        AssessmentDrivers drivers, String ruleSet, String lowConfidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProvisionalJson provisional) {

    public static CompanyJson view(PortfolioRow row) {
        return new CompanyJson(row.company().id().value(), row.company().name(), row.company().segment(),
                row.company().owner(), row.month(), row.score(), row.band(), row.shown(), row.overrideId(),
                AssessmentDrivers.of(row.drivers()), row.ruleSet(), row.lowConfidence(),
                ProvisionalJson.of(row.provisional()));
    }
}
