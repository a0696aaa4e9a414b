package io.healthscore.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.assessment.ProvisionalWeeks;
import io.healthscore.json.AtLeastOneDecimal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's lists in JSON: one object per company, change, level or month. A company listed on a provisional
 * month-to-date score carries {@code provisional} {@code {weeks, weeksInMonth}}; on the month's assessment it has none.
 */
final class JsonSections {
    private JsonSections() {
    }

    static List<MoverJson> movers(List<Mover> movers) {
        return movers.stream().map(mover -> new MoverJson(mover.company(), mover.name(), mover.owner(), mover.from(),
                mover.to(), mover.score(), mover.previousScore(), mover.change(), ReportDrivers.of(mover.drivers()),
                mover.source(), Provisional.of(mover.provisional()))).toList();
    }

    static List<ScoreDropJson> scoreDrops(List<ScoreDrop> drops) {
        return drops.stream().map(drop -> new ScoreDropJson(drop.company(), drop.name(), drop.previousScore(),
                drop.score(), drop.drop(), drop.band(), ReportDrivers.of(drop.drivers()),
                Provisional.of(drop.provisional()))).toList();
    }

    static List<AtRiskJson> atRisk(List<AtRiskCompany> companies) {
        return companies.stream().map(company -> new AtRiskJson(company.company(), company.name(), company.owner(),
                company.score(), company.automaticBand(), company.overridden(), company.monthsAtRisk(),
                ReportDrivers.of(company.drivers()), Provisional.of(company.provisional()))).toList();
    }

    static List<LowConfidenceJson> lowConfidence(List<LowConfidenceScore> scores) {
        return scores.stream().map(low -> new LowConfidenceJson(low.company(), low.name(), low.score(), low.band(),
                low.reason(), Provisional.of(low.provisional()))).toList();
    }

    static List<ManualChangeJson> manualChanges(List<ManualChange> changes) {
        return changes.stream().map(change -> new ManualChangeJson(change.at(), change.company(), change.month(),
                change.source(), change.author(), change.note(), change.from(), change.to())).toList();
    }

    static List<TrendMonth> trend(List<Distribution> trend) {
        return trend.stream().map(month -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (EffectiveBand band : EffectiveBand.values()) {
                counts.put(band.name(), month.count(band));
            }
            return new TrendMonth(month.month(), counts, month.total(), month.healthyPercent());
        }).toList();
    }

    @JsonPropertyOrder({"company", "name", "owner", "from", "to", "score", "previousScore", "change", "drivers",
            "source", "provisional"})
    record MoverJson(String company, String name, String owner, EffectiveBand from, EffectiveBand to, Integer score,
            Integer previousScore, Integer change, ReportDrivers drivers, String source,
            @JsonInclude(JsonInclude.Include.NON_NULL) Provisional provisional) {
    }

    @JsonPropertyOrder({"company", "name", "previousScore", "score", "drop", "band", "drivers", "provisional"})
    record ScoreDropJson(String company, String name, int previousScore, int score, int drop, EffectiveBand band,
            ReportDrivers drivers, @JsonInclude(JsonInclude.Include.NON_NULL) Provisional provisional) {
    }

    @JsonPropertyOrder({"company", "name", "owner", "score", "automaticBand", "overridden", "monthsAtRisk", "drivers",
            "provisional"})
    record AtRiskJson(String company, String name, String owner, Integer score, Band automaticBand, boolean overridden,
            int monthsAtRisk, ReportDrivers drivers, @JsonInclude(JsonInclude.Include.NON_NULL) Provisional provisional) {
    }

    @JsonPropertyOrder({"company", "name", "score", "band", "reason", "provisional"})
    record LowConfidenceJson(String company, String name, Integer score, EffectiveBand band, String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) Provisional provisional) {
    }

    /** A month-to-date score's mark, as the companies list and explain write it. */
    @JsonPropertyOrder({"weeks", "weeksInMonth"})
    record Provisional(int weeks, int weeksInMonth) {
        static Provisional of(ProvisionalWeeks weeks) {
            return weeks == null ? null : new Provisional(weeks.weeks(), weeks.weeksInMonth());
        }
    }

    @JsonPropertyOrder({"at", "company", "month", "source", "author", "note", "from", "to"})
    record ManualChangeJson(Instant at, String company, YearMonth month, String source, String author, String note,
            EffectiveBand from, EffectiveBand to) {
    }

    @JsonPropertyOrder({"levels", "withFeedback", "noFeedback"})
    record Happiness(List<Level> levels, int withFeedback, int noFeedback) {
        static Happiness of(HappinessMix mix) {
            return new Happiness(Arrays.stream(HappinessLevel.values()).map(level -> new Level(level.label(), level,
                    level.range(), mix.count(level), mix.percent(level))).toList(), mix.withFeedback(), mix.noFeedback());
        }
    }

    @JsonPropertyOrder({"level", "key", "range", "count", "percent"})
    record Level(String level, HappinessLevel key, String range, int count, @AtLeastOneDecimal BigDecimal percent) {
    }

    @JsonPropertyOrder({"month", "counts", "total", "healthyPercent"})
    record TrendMonth(YearMonth month, Map<String, Integer> counts, int total,
            @AtLeastOneDecimal BigDecimal healthyPercent) {
    }

    @JsonPropertyOrder({"login", "adoption", "nps", "weeks"})
    record ReportDrivers(BigDecimal login, BigDecimal adoption, BigDecimal nps, int weeks) {
        static ReportDrivers of(Drivers drivers) {
            return new ReportDrivers(drivers.login(), drivers.adoption(), drivers.nps(), drivers.weeks());
        }
    }
}
