package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.run.RunCounts;
import io.healthscore.run.RunKind;
import io.healthscore.run.RunRecord;
import io.healthscore.run.RunStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    private final Database database;

    public RunHistoryRepository(Database database) {
        this.database = database;
    }

    /**
     * The latest {@code limit} runs (of one month when {@code month} is set). A running run with no heartbeat
     * since {@link RunCounts#STALE_AFTER} before {@code now} is reported as DIED.
     */
    public List<RunRecord> list(YearMonth month, int limit, Instant now) {
        return query(month == null ? "" : " AND r.year_month = ?", month == null ? null : month.toString(), limit, now);
    }

    /** One run by id. */
    public Optional<RunRecord> find(String runId, Instant now) {
        return query(" AND r.id = ?", runId, 1, now).stream().findFirst();
    }

    private List<RunRecord> query(String condition, String parameter, int limit, Instant now) {
        String sql = LIST.formatted(condition);
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    query.setString(1, parameter);
                }
                query.setMaxRows(limit);
                try (ResultSet row = query.executeQuery()) {
                    List<RunRecord> runs = new ArrayList<>();
                    while (row.next()) {
                        runs.add(read(row, now));
                    }
                    return runs;
                }
            }
        });
    }

    private static RunRecord read(ResultSet row, Instant now) throws SQLException {
        Instant started = Sql.getInstant(row, "started_at");
        Instant heartbeat = Sql.getInstant(row, "last_heartbeat");
        Instant lastSign = heartbeat == null || heartbeat.isBefore(started) ? started : heartbeat;
        RunStatus status = RunStatus.stored(row.getString("status"));
        if (status == RunStatus.RUNNING && lastSign.plus(RunCounts.STALE_AFTER).isBefore(now)) {
            status = RunStatus.DIED;
        }
        Map<Band, Long> bands = new EnumMap<>(Band.class);
        for (Band band : BAND_COLUMNS) {
            bands.put(band, row.getLong(band == Band.NONE ? "no_data" : band.name().toLowerCase(Locale.ROOT)));
        }
        RunCounts counts = new RunCounts(row.getLong("companies"), bands, row.getLong("triggers"), row.getLong("delivered"));
        return new RunRecord(row.getString("id"), YearMonth.parse(row.getString("year_month")),
                RunKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)), Sql.getInstant(row, "scheduled_for"),
                row.getInt("shards"), row.getInt("shards_done"), status, row.getString("rules_hash"),
                row.getString("node"), started, Sql.getInstant(row, "finished_at"), counts,
                row.getString("completed_by"), row.getString("error"));
    }
}
