package io.healthscore.run;

import io.healthscore.store.Database;
import io.healthscore.store.MonthsRepository;
import io.healthscore.store.RunHistoryRepository;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The newest run that finished, done or failed. */
    public Optional<RunRecord> latestFinished(Instant now) {
        return runs.latestFinished(now);
    }

    /** How many runs stand in each status; a stale running run counts as died. */
    public Map<RunStatus, Long> statusCounts(Instant now) {
        return runs.statusCounts(now);
    }

    /** The months that have weekly data, oldest first. */
    public List<YearMonth> monthsWithData() {
        return months.monthsWithData();
    }
}
