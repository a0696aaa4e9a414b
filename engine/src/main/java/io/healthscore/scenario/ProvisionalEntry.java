package io.healthscore.scenario;

import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.facts.Provisional;
import io.healthscore.yaml.YamlValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A scenario's {@code provisional:}: the month scored to date on its first {@code weeks} weeks, as {@code run
 * --provisional} does; the scenario's {@code weeks:} are the complete ones, so there may be no more of them.
 */
final class ProvisionalEntry {
    static final String ACCEPTED = "a mapping {weeks: N}, N the complete weeks of the month so far (1 up to the"
            + " month's weeks)";

    private ProvisionalEntry() {
    }

    static Provisional read(YamlValue value, YearMonth month, List<WeeklyMetrics> given) {
        EntryFields fields = EntryFields.of(value, "provisional", List.of("weeks"));
        int inMonth = WeeklyMetrics.weeksOf(month).size();
        BigDecimal weeks = fields.number("weeks", true, "1 to " + inMonth);
        if (weeks.stripTrailingZeros().scale() > 0 || weeks.compareTo(BigDecimal.ONE) < 0
                || weeks.compareTo(BigDecimal.valueOf(inMonth)) > 0) {
            throw new ScenarioException(fields.lineOf("weeks"), "provisional.weeks", weeks.toPlainString()
                    + " is not a number of complete weeks of " + month + "; accepted: a whole number from 1 to " + inMonth);
        }
        int complete = weeks.intValueExact();
        List<LocalDate> completeWeeks = WeeklyMetrics.weeksOf(month).subList(0, complete);
        for (WeeklyMetrics week : given) {
            if (!completeWeeks.contains(week.week())) {
                throw new ScenarioException(fields.lineOf("weeks"), "provisional.weeks", "week " + week.week()
                        + " of weeks: is not one of the " + complete + " complete weeks of " + month + " ("
                        + completeWeeks.get(0) + " to " + completeWeeks.get(complete - 1) + "); accepted: weeks: lists"
                        + " complete weeks only (a week not complete yet is left out of a provisional score)");
            }
        }
        return new Provisional(complete, inMonth);
    }
}
