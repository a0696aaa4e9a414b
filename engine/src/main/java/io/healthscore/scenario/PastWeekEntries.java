package io.healthscore.scenario;

import io.healthscore.yaml.YamlList;
import io.healthscore.yaml.YamlValue;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.facts.SeriesWeek;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's {@code pastWeeks:}, the company's weekly series before the month: each week validated as ingest
 * validates it, before the month's first week, with the weekly score stored with its month's assessment when given.
 * Oldest first, as the history facts hold them.
 */
final class PastWeekEntries {
    static final String ACCEPTED = "a list of earlier weeks, e.g. [{week: 2026-09-21, login: 80, adoption: 70, score: 75}]";
    private static final List<String> KEYS = List.of("week", "login", "adoption", "nps", "score");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String SCORE = "0 to 100, the weekly score stored with that week's month, or absent";

    private PastWeekEntries() {
    }

    static List<SeriesWeek> read(YamlList entries, CompanyId company, YearMonth month) {
        LocalDate first = WeeklyMetrics.weeksOf(month).get(0);
        Map<LocalDate, Integer> lines = new HashMap<>();
        List<SeriesWeek> weeks = new ArrayList<>();
        for (YamlValue entry : entries.items()) {
            EntryFields fields = EntryFields.of(entry, "pastWeeks", KEYS);
            LocalDate week = WeekEntries.date(fields);
            WeeklyMetrics metrics = WeekEntries.metrics(fields, company, week);
            if (!week.isBefore(first)) {
                throw new ScenarioException(fields.lineOf("week"), "pastWeeks.week", week + " is not before " + month
                        + "'s first week " + first + "; accepted: the Monday of an earlier week (the month's own go in weeks:)");
            }
            Integer earlier = lines.putIfAbsent(week, fields.lineOf("week"));
            if (earlier != null) {
                throw new ScenarioException(fields.lineOf("week"), "pastWeeks.week", week + " is given twice (also line "
                        + earlier + "); accepted: each week once");
            }
            weeks.add(new SeriesWeek(week, metrics.login(), metrics.adoption(), metrics.nps(), score(fields)));
        }
        weeks.sort(Comparator.comparing(SeriesWeek::start));
        return weeks;
    }

    private static BigDecimal score(EntryFields fields) {
        BigDecimal score = fields.number("score", false, SCORE);
        if (score != null && (score.compareTo(BigDecimal.ZERO) < 0 || score.compareTo(HUNDRED) > 0)) {
            throw new ScenarioException(fields.lineOf("score"), "pastWeeks.score", score.toPlainString()
                    + " is out of range; accepted: " + SCORE);
        }
        return score;
    }
}
