package io.healthscore.scenario;

import io.healthscore.yaml.YamlList;
import io.healthscore.InvalidFieldException;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A scenario's {@code weeks:} as weekly metrics, validated as ingest validates them (contract section 1). An entry
 * without {@code week:} is the month's week of its position: the first entry the month's first week, and so on.
 */
final class WeekEntries {
    private static final List<String> KEYS = List.of("week", "login", "adoption", "nps");
    private static final String PERCENT = "0 to 100";
    private static final String NPS = "-100 to 100, or null/absent for no feedback";

    private WeekEntries() {
    }

    static List<WeeklyMetrics> read(YamlList entries, CompanyId company, YearMonth month) {
        List<LocalDate> monthWeeks = WeeklyMetrics.weeksOf(month);
        Map<LocalDate, Integer> lines = new HashMap<>();
        List<WeeklyMetrics> weeks = new ArrayList<>();
        for (int i = 0; i < entries.items().size(); i++) {
            EntryFields fields = EntryFields.of(entries.items().get(i), "weeks", KEYS);
            LocalDate week = fields.has("week") ? date(fields) : defaultWeek(fields, i, month, monthWeeks);
            WeeklyMetrics metrics = metrics(fields, company, week);
            if (!metrics.month().equals(month)) {
                throw new ScenarioException(fields.lineOf("week"), "weeks.week", week + " counts towards "
                        + metrics.month() + " (its Sunday is " + week.plusDays(6) + "); accepted: " + mondays(month, monthWeeks));
            }
            Integer earlier = lines.putIfAbsent(week, fields.lineOf("week"));
            if (earlier != null) {
                throw new ScenarioException(fields.lineOf("week"), "weeks.week", week + " is given twice (also line "
                        + earlier + "; an entry without week: is the month's week of its position); accepted: each week once");
            }
            weeks.add(metrics);
        }
        return weeks;
    }

    /** The {@code week:} of an entry: a date (whether a Monday, {@link #metrics} checks). */
    static LocalDate date(EntryFields fields) {
        String text = fields.text("week", true, "a date YYYY-MM-DD, the Monday that starts the ISO week");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ScenarioException(fields.lineOf("week"), fields.name("week"), "'" + text
                    + "' is not a date; accepted: YYYY-MM-DD, the Monday that starts the ISO week");
        }
    }

    private static LocalDate defaultWeek(EntryFields fields, int index, YearMonth month, List<LocalDate> monthWeeks) {
        if (index >= monthWeeks.size()) {
            throw new ScenarioException(fields.line(), "weeks", "entry " + (index + 1) + " has no week: and " + month
                    + " has only " + monthWeeks.size() + " weeks; accepted: " + mondays(month, monthWeeks));
        }
        return monthWeeks.get(index);
    }

    /** The entry's week as ingest would accept it (a Monday, login and adoption 0-100, nps -100 to 100 or none). */
    static WeeklyMetrics metrics(EntryFields fields, CompanyId company, LocalDate week) {
        try {
            return new WeeklyMetrics(company, week, fields.number("login", true, PERCENT),
                    fields.number("adoption", true, PERCENT), fields.number("nps", false, NPS));
        } catch (InvalidFieldException e) {
            String prefix = e.field() + ": ";
            String problem = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            throw new ScenarioException(fields.lineOf(e.field()), fields.name(e.field()), problem);
        }
    }

    private static String mondays(YearMonth month, List<LocalDate> monthWeeks) {
        return "the Monday of a week whose Sunday lies in " + month + ": "
                + monthWeeks.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }
}
