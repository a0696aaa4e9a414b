package io.healthscore.assessment;

import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** Everything an assessment is computed from: the company, its weeks of the month and its previous assessment. */
public record CompanyMonth(CompanyId company, String segment, YearMonth month, List<WeeklyMetrics> weeks, Previous previous) {
    public CompanyMonth {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(previous, "previous");
        weeks = List.copyOf(weeks);
    }
}
