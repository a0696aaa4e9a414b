package io.healthscore.scoring;

import io.healthscore.assessment.CompanyMonth;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.facts.Provisional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The current month as far as it is complete: the weeks of it (the month of their Sunday) whose Sunday has passed
 * by the clock, of the four or five it has.
 */
public record MonthToDate(YearMonth month, List<LocalDate> completeWeeks, int weeksInMonth) {
    public MonthToDate {
        completeWeeks = List.copyOf(completeWeeks);
    }

    /** The month that holds today by {@code clock}, with its weeks whose Sunday is before today. */
    public static MonthToDate at(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        List<LocalDate> weeks = WeeklyMetrics.weeksOf(month);
        return new MonthToDate(month, weeks.stream().filter(monday -> monday.plusDays(6).isBefore(today)).toList(),
                weeks.size());
    }

    public boolean started() {
        return !completeWeeks.isEmpty();
    }

    /** The fact the rules see; only when {@link #started()}. */
    public Provisional fact() {
        return new Provisional(completeWeeks.size(), weeksInMonth);
    }

    /** The input with only the weeks that are complete: data ingested for the running week is left out. */
    public CompanyMonth complete(CompanyMonth input) {
        if (input.weeks().isEmpty() || input.weeks().get(input.weeks().size() - 1).week().isBefore(end())) {
            return input;
        }
        Set<LocalDate> complete = Set.copyOf(completeWeeks);
        return new CompanyMonth(input.company(), input.segment(), input.month(),
                input.weeks().stream().filter(week -> complete.contains(week.week())).toList(), input.previous(),
                input.pin(), input.previousOverride(), input.history(), input.lastSent());
    }

    /** The Monday after the last complete week. */
    private LocalDate end() {
        return completeWeeks.get(completeWeeks.size() - 1).plusWeeks(1);
    }

    /** How it is shown: "2 of 5 weeks". */
    public String describe() {
        return completeWeeks.size() + " of " + weeksInMonth + " weeks";
    }
}
