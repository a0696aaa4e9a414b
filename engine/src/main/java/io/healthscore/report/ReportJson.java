package io.healthscore.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.json.AtLeastOneDecimal;
import io.healthscore.json.Json;
import io.healthscore.json.KeepScale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The portfolio report as one JSON object; percentages and drivers are exact decimal numbers, unknowns null.
 * {@code provisional} and {@code earlyWarning} are there only when the month shows month-to-date scores and when the
 * next month's flag companies At Risk early.
 */
public final class ReportJson {
    private ReportJson() {
    }

    /** The whole report, pretty-printed, ending in a line break. */
    public static String render(PortfolioReport report) {
        Distribution distribution = report.distribution();
        return Json.pretty(new Document(report.month(), report.generatedAt(), report.rulesHash(), report.rulesHashes(),
                report.companies(), JsonProvisional.share(report.provisional()),
                Arrays.stream(EffectiveBand.values())
                        .map(band -> new BandShare(band, distribution.count(band), distribution.percent(band))).toList(),
                Target.of(report.target()), JsonSections.movers(report.moversUp()),
                JsonSections.movers(report.moversDown()), report.dropThreshold(),
                JsonSections.scoreDrops(report.scoreDrops()), JsonSections.atRisk(report.atRisk()),
                JsonSections.manualChanges(report.manualChanges()), JsonSections.Happiness.of(report.happiness()),
                JsonSections.trend(report.trend()), report.lowConfidence().size(),
                JsonSections.lowConfidence(report.lowConfidence()), JsonProvisional.earlyWarning(report))) + "\n";
    }

    @JsonPropertyOrder({"month", "generatedAt", "rulesHash", "rulesHashes", "companies", "provisional", "distribution",
            "target", "moversUp", "moversDown", "dropThreshold", "scoreDrops", "atRisk", "manualChanges", "happiness",
            "trend", "lowConfidenceCount", "lowConfidence", "earlyWarning"})
    private record Document(YearMonth month, Instant generatedAt, String rulesHash, List<String> rulesHashes,
            int companies, @JsonInclude(JsonInclude.Include.NON_NULL) JsonProvisional.ProvisionalShareJson provisional,
            List<BandShare> distribution, Target target, List<JsonSections.MoverJson> moversUp,
            List<JsonSections.MoverJson> moversDown, int dropThreshold, List<JsonSections.ScoreDropJson> scoreDrops,
            List<JsonSections.AtRiskJson> atRisk, List<JsonSections.ManualChangeJson> manualChanges,
            JsonSections.Happiness happiness, List<JsonSections.TrendMonth> trend, int lowConfidenceCount,
            List<JsonSections.LowConfidenceJson> lowConfidence,
            @JsonInclude(JsonInclude.Include.NON_NULL) JsonProvisional.EarlyWarningJson earlyWarning) {
    }

    @JsonPropertyOrder({"band", "count", "percent"})
    private record BandShare(EffectiveBand band, int count, @AtLeastOneDecimal BigDecimal percent) {
    }

    /** The target as given (70 stays 70, 72.50 stays 72.50), and the gap to it at that precision. */
    @JsonPropertyOrder({"target", "actual", "healthy", "active", "met", "gap", "companiesShort"})
    private record Target(@KeepScale BigDecimal target, @AtLeastOneDecimal BigDecimal actual, int healthy, int active,
            boolean met, @KeepScale BigDecimal gap, int companiesShort) {
        static Target of(HealthTarget target) {
            return new Target(target.targetPercent(), target.actualPercent(), target.healthy(), target.active(),
                    target.met(), target.gap(), target.companiesShort());
        }
    }
}
