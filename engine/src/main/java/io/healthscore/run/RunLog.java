package io.healthscore.run;

import io.healthscore.store.Database;
import io.healthscore.store.MonthsRepository;
import io.healthscore.store.RunHistoryRepository;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** The month runs as recorded, and the months there is data to run. */
public final class RunLog {
    private final RunHistoryRepository runs;
    private final MonthsRepository months;

    public RunLog(Database database) {
        this.runs = new RunHistoryRepository(database);
        this.months = new MonthsRepository(database);
    }

    /** The latest {@code limit} runs, newest first, of one month or (null) every month; a stale running run shows as died. */
    public List<RunRecord> list(YearMonth month, int limit, Instant now) {
        return runs.list(month, limit, now);
    }

    /** The months that have weekly data, oldest first. */
    public List<YearMonth> monthsWithData() {
        return months.monthsWithData();
    }
}
