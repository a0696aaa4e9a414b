package io.healthscore.console;

import io.healthscore.run.RunLog;
import io.healthscore.store.Database;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

/**
 * The months a page can be shown for, newest first: those with weekly data up to {@code latest}, and {@code latest}
 * (the latest assessed month, or for the companies list the latest scored to date too).
 */
record MonthChoice(String value, boolean selected) {
    static List<MonthChoice> of(Database database, YearMonth latest, YearMonth shown) {
        TreeSet<YearMonth> months = new TreeSet<>(new RunLog(database).monthsWithData());
        months.removeIf(month -> month.isAfter(latest));
        months.add(latest);
        return months.descendingSet().stream().map(month -> new MonthChoice(month.toString(), month.equals(shown)))
                .toList();
    }
}
