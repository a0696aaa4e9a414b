package io.healthscore.assessment;

import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.facts.History;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an assessment is computed from: the company, its weeks of the month, its previous assessment (with the
 * band it was shown in), the override that pins this month's band ({@code pin}, null when none), the override
 * that pinned the previous assessment ({@code previousOverride}, null when none), the history the rules declare
 * they read, and the latest month each trigger was emitted for the company within the longest cooldown the rules
 * declare ({@code lastSent}, by trigger name).
 */
public record CompanyMonth(CompanyId company, String segment, YearMonth month, List<WeeklyMetrics> weeks, Previous previous,
        Pin pin, Long previousOverride, History history, Map<String, YearMonth> lastSent) {
    public CompanyMonth {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(previous, "previous");
        weeks = List.copyOf(weeks);
        history = history == null ? History.NONE.at(month) : history;
        lastSent = lastSent == null ? Map.of() : Map.copyOf(lastSent);
    }

    /** A month without history loaded. */
    public CompanyMonth(CompanyId company, String segment, YearMonth month, List<WeeklyMetrics> weeks, Previous previous,
            Pin pin, Long previousOverride) {
        this(company, segment, month, weeks, previous, pin, previousOverride, null, null);
    }

    /** A month no override touches. */
    public CompanyMonth(CompanyId company, String segment, YearMonth month, List<WeeklyMetrics> weeks, Previous previous) {
        this(company, segment, month, weeks, previous, null, null);
    }

    /** The same month with the history and trigger record the rules read. */
    public CompanyMonth withPast(History history, Map<String, YearMonth> lastSent) {
        return new CompanyMonth(company, segment, month, weeks, previous, pin, previousOverride, history, lastSent);
    }

    /** How this month's band is shown, given the band the rules set. */
    public Standing standing(Band automatic) {
        Long ended = pin == null && previousOverride != null ? previousOverride : null;
        return new Standing(pin == null ? automatic : pin.band(), pin, ended);
    }
}
