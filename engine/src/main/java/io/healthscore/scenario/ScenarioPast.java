package io.healthscore.scenario;

import io.healthscore.assessment.CompanyMonth;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.facts.History;
import io.healthscore.rules.facts.PastMonth;
import io.healthscore.rules.facts.SeriesWeek;
import io.healthscore.store.HistoryDepth;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A scenario's past beyond its previous assessment: earlier assessments ({@code history:}, newest first), earlier
 * weeks ({@code pastWeeks:}, oldest first) and the month each trigger was last sent ({@code sent:}). Given whole;
 * {@link #applyTo} lets the rules see only what the month run would load.
 */
public record ScenarioPast(List<PastMonth> months, List<SeriesWeek> weeks, Map<String, YearMonth> sent) {
    public ScenarioPast {
        months = List.copyOf(months);
        weeks = List.copyOf(weeks);
        sent = Map.copyOf(sent);
    }

    /**
     * The input with the history and trigger record the month run loads for it at {@code depth} (see the store's
     * HistoryReader): the months and weeks the depth reaches, the triggers sent within the longest cooldown.
     */
    CompanyMonth applyTo(CompanyMonth input, HistoryDepth depth) {
        if (depth.none()) {
            return input;
        }
        YearMonth month = input.month();
        YearMonth oldestMonth = month.minusMonths(depth.months());
        List<PastMonth> reached = months.stream().filter(past -> !past.month().isBefore(oldestMonth)).toList();
        History history = new History(month, reached, series(input, depth.weeks()), depth.months(), depth.weeks());
        YearMonth oldestSent = month.minusMonths(depth.cooldownMonths() - 1L);
        Map<String, YearMonth> recent = depth.cooldownMonths() <= 1 ? Map.of() : sent.entrySet().stream()
                .filter(last -> !last.getValue().isBefore(oldestSent))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return input.withPast(history, recent);
    }

    /** The earlier weeks within {@code depth} weeks of the month, then the month's own in week order. */
    private List<SeriesWeek> series(CompanyMonth input, int depth) {
        if (depth == 0) {
            return List.of();
        }
        LocalDate oldest = WeeklyMetrics.weeksOf(input.month()).get(0).minusWeeks(depth);
        List<SeriesWeek> series = new ArrayList<>(weeks.stream().filter(week -> !week.start().isBefore(oldest)).toList());
        input.weeks().stream()
                .sorted(Comparator.comparing(WeeklyMetrics::week))
                .forEach(week -> series.add(new SeriesWeek(week.week(), week.login(), week.adoption(), week.nps(), null)));
        return series;
    }
}
