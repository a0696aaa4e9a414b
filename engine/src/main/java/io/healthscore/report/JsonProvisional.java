package io.healthscore.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.EffectiveBand;
import java.time.YearMonth;
import java.util.List;

/**
 * The report's month-to-date news in JSON: how many companies the month shows on a provisional score
 * ({@code provisional}) and the next month's early warnings ({@code earlyWarning}); both null, so left out, without any.
 */
final class JsonProvisional {
    private JsonProvisional() {
    }

    /** Null (left out) without provisional scores, else their count by the weeks used. */
    static ProvisionalShareJson share(ProvisionalShare share) {
        return share == null ? null : new ProvisionalShareJson(share.companies(), share.assessed(),
                share.byWeeks().stream().map(used -> new WeeksUsedJson(used.weeks().weeks(),
                        used.weeks().weeksInMonth(), used.companies())).toList());
    }

    /** Null (left out) without early warnings. */
    static EarlyWarningJson earlyWarning(PortfolioReport report) {
        if (report.earlyWarnings().isEmpty()) {
            return null;
        }
        return new EarlyWarningJson(report.earlyWarningMonth(), report.earlyWarnings().stream()
                .map(warning -> new EarlyCompanyJson(warning.company(), warning.name(), warning.owner(), warning.score(),
                        warning.band(), JsonSections.Provisional.of(warning.provisional()), warning.reportedBand()))
                .toList());
    }

    @JsonPropertyOrder({"companies", "assessed", "byWeeks"})
    record ProvisionalShareJson(int companies, int assessed, List<WeeksUsedJson> byWeeks) {
    }

    @JsonPropertyOrder({"weeks", "weeksInMonth", "companies"})
    record WeeksUsedJson(int weeks, int weeksInMonth, int companies) {
    }

    @JsonPropertyOrder({"month", "companies"})
    record EarlyWarningJson(YearMonth month, List<EarlyCompanyJson> companies) {
    }

    @JsonPropertyOrder({"company", "name", "owner", "score", "band", "provisional", "reportedBand"})
    record EarlyCompanyJson(String company, String name, String owner, Integer score, EffectiveBand band,
            JsonSections.Provisional provisional, EffectiveBand reportedBand) {
    }
}
