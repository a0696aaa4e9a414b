package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.run.RunCounts;
import io.healthscore.run.RunKind;
import io.healthscore.run.RunRecord;
import io.healthscore.run.RunStatus;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowViewMapper;
import org.jdbi.v3.core.statement.Query;

/** Reads the run records back, newest first, each with the sums of its shards. */
public final class RunHistoryRepository {
    static final List<Band> BAND_COLUMNS = List.of(Band.AT_RISK, Band.STEADY, Band.HEALTHY, Band.THRIVING, Band.NONE);
    private static final String LIST = """
            SELECT r.id, r.year_month, r.kind, r.scheduled_for, r.shards, r.status, r.rules_hash, r.node,
                   r.started_at, r.finished_at, r.completed_by,
                   SUM(CASE WHEN s.status = 'done' THEN 1 ELSE 0 END) AS shards_done,
                   SUM(s.companies) AS companies, SUM(s.at_risk) AS at_risk, SUM(s.steady) AS steady,
                   SUM(s.healthy) AS healthy, SUM(s.thriving) AS thriving, SUM(s.no_data) AS no_data,
                   SUM(s.triggers) AS triggers, SUM(s.delivered) AS delivered,
                   MAX(s.heartbeat_at) AS last_heartbeat, MAX(s.error) AS error
            FROM runs r LEFT JOIN run_shards s ON s.run_id = r.id
            WHERE 1 = 1%s
            GROUP BY r.id, r.year_month, r.kind, r.scheduled_for, r.shards, r.status, r.rules_hash, r.node,
                     r.started_at, r.finished_at, r.completed_by
            ORDER BY r.started_at DESC, r.id DESC""";
    // a running run is DIED when neither its start nor any shard's heartbeat is later than :stale, as in run(now)
    private static final String STATUS_COUNTS = """
            SELECT status, COUNT(*) AS runs FROM (
                SELECT CASE WHEN r.status = 'running' AND r.started_at < :stale AND NOT EXISTS (
                                SELECT 1 FROM run_shards s WHERE s.run_id = r.id AND s.heartbeat_at >= :stale)
                            THEN 'died' ELSE r.status END AS status
                FROM runs r) shown
            GROUP BY status""";

    private final Database database;

    public RunHistoryRepository(Database database) {
        this.database = database;
    }

    /**
     * The latest {@code limit} runs (of one month when {@code month} is set). A running run with no heartbeat
     * since {@link RunCounts#STALE_AFTER} before {@code now} is reported as DIED.
     */
    public List<RunRecord> list(YearMonth month, int limit, Instant now) {
        return query(month == null ? "" : " AND r.year_month = :key", month == null ? null : month.toString(), limit, now);
    }

    /** One run by id. */
    public Optional<RunRecord> find(String runId, Instant now) {
        return query(" AND r.id = :key", runId, 1, now).stream().findFirst();
    }

    /** The newest month run that finished (done or failed), runs to date left out; empty when none has. */
    public Optional<RunRecord> latestFinished(Instant now) {
        return query(" AND r.finished_at IS NOT NULL AND r.kind <> 'provisional'", null, 1, now).stream().findFirst();
    }

    /** How many runs stand in each status, DIED as {@link #list} reads it (statuses without any are left out). */
    public Map<RunStatus, Long> statusCounts(Instant now) {
        return database.inTransaction(handle -> {
            Map<RunStatus, Long> counts = new EnumMap<>(RunStatus.class);
            handle.createQuery(STATUS_COUNTS).bind("stale", now.minus(RunCounts.STALE_AFTER))
                    .map(row -> Map.entry(RunStatus.stored(row.getColumn("status", String.class)),
                            row.getColumn("runs", Long.class)))
                    .forEach(count -> counts.put(count.getKey(), count.getValue()));
            return counts;
        });
    }

    private List<RunRecord> query(String condition, String parameter, int limit, Instant now) {
        String sql = LIST.formatted(condition);
        return database.inTransaction(handle -> {
            Query query = handle.createQuery(sql).setMaxRows(limit);
            if (parameter != null) {
                query.bind("key", parameter);
            }
            return query.map(run(now)).list();
        });
    }

    /** The column of a shard's or run's count of {@code band}. */
    static String column(Band band) {
        return band == Band.NONE ? "no_data" : band.name().toLowerCase(Locale.ROOT);
    }

    /** A run record from a row of {@link #LIST}, DIED when running without a sign of life since before {@code now}. */
    private static RowViewMapper<RunRecord> run(Instant now) {
        return row -> {
            Instant started = row.getColumn("started_at", Instant.class);
            Instant heartbeat = row.getColumn("last_heartbeat", Instant.class);
            Instant lastSign = heartbeat == null || heartbeat.isBefore(started) ? started : heartbeat;
            RunStatus status = RunStatus.stored(row.getColumn("status", String.class));
            if (status == RunStatus.RUNNING && lastSign.plus(RunCounts.STALE_AFTER).isBefore(now)) {
                status = RunStatus.DIED;
            }
            Map<Band, Long> bands = new EnumMap<>(Band.class);
            for (Band band : BAND_COLUMNS) {
                bands.put(band, count(row.getColumn(column(band), Long.class)));
            }
            RunCounts counts = new RunCounts(count(row.getColumn("companies", Long.class)), bands,
                    count(row.getColumn("triggers", Long.class)), count(row.getColumn("delivered", Long.class)));
            return new RunRecord(row.getColumn("id", String.class), row.getColumn("year_month", YearMonth.class),
                    RunKind.valueOf(row.getColumn("kind", String.class).toUpperCase(Locale.ROOT)),
                    row.getColumn("scheduled_for", Instant.class), row.getColumn("shards", Integer.class),
                    (int) count(row.getColumn("shards_done", Long.class)), status, row.getColumn("rules_hash", String.class),
                    row.getColumn("node", String.class), started, row.getColumn("finished_at", Instant.class), counts,
                    row.getColumn("completed_by", String.class), row.getColumn("error", String.class));
        };
    }

    /** A sum over no shards reads as 0. */
    private static long count(Long sum) {
        return sum == null ? 0 : sum;
    }
}
