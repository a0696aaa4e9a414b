package io.healthscore.assessment;

import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Everything an assessment is computed from: the company, its weeks of the month, its previous assessment (with the
 * band it was shown in), the override that pins this month's band ({@code pin}, null when none) and the override
 * that pinned the previous assessment ({@code previousOverride}, null when none).
 */
public record CompanyMonth(CompanyId company, String segment, YearMonth month, List<WeeklyMetrics> weeks, Previous previous,
        Pin pin, Long previousOverride) {
    public CompanyMonth {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(previous, "previous");
        weeks = List.copyOf(weeks);
    }

    /** A month no override touches. */
    public CompanyMonth(CompanyId company, String segment, YearMonth month, List<WeeklyMetrics> weeks, Previous previous) {
        this(company, segment, month, weeks, previous, null, null);
    }

    /** How this month's band is shown, given the band the rules set. */
    public Standing standing(Band automatic) {
        Long ended = pin == null && previousOverride != null ? previousOverride : null;
        return new Standing(pin == null ? automatic : pin.band(), pin, ended);
    }
}
