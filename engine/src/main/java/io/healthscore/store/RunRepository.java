package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyRange;
import io.healthscore.run.RunCounts;
import io.healthscore.run.RunKind;
import io.healthscore.run.ShardWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The run records: a run and its shards are planned together, then claimed, worked and finished shard by shard. */
public final class RunRepository {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INSERT_RUN = """
            INSERT INTO runs (id, year_month, kind, scheduled_month, scheduled_for, shards, status, rules_hash, node,
                              started_at)
            VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?, ?)""";
    private static final String INSERT_SHARD = """
            INSERT INTO run_shards (run_id, shard, first_company, end_company, status, attempts, companies, at_risk,
                                    steady, healthy, thriving, no_data, triggers, delivered)
            VALUES (?, ?, ?, ?, 'pending', 0, 0, 0, 0, 0, 0, 0, 0, 0)""";
    private static final String SCHEDULED = "SELECT id FROM runs WHERE scheduled_month = ?";
    private static final String UNFINISHED_SHARDS = "SELECT shard FROM run_shards WHERE run_id = ? AND status <> 'done' ORDER BY shard";
    private static final String CLAIM = """
            UPDATE run_shards SET status = 'running', node = ?, attempts = attempts + 1, rules_hash = ?,
                                  started_at = ?, heartbeat_at = ?, finished_at = NULL, error = NULL
            WHERE run_id = ? AND shard = ? AND status <> 'done'""";
    private static final String CLAIMED = """
            SELECT r.year_month, r.rules_hash, s.first_company, s.end_company, s.attempts
            FROM run_shards s JOIN runs r ON r.id = s.run_id WHERE s.run_id = ? AND s.shard = ?""";
    private static final String HEARTBEAT = "UPDATE run_shards SET heartbeat_at = ? WHERE run_id = ? AND shard = ? AND status = 'running'";
    private static final String FINISH_SHARD = """
            UPDATE run_shards SET status = 'done', finished_at = ?, heartbeat_at = ?, companies = ?, at_risk = ?,
                                  steady = ?, healthy = ?, thriving = ?, no_data = ?, triggers = ?, delivered = ?
            WHERE run_id = ? AND shard = ?""";
    private static final String FAIL_SHARD = """
            UPDATE run_shards SET status = 'failed', finished_at = ?, error = ? WHERE run_id = ? AND shard = ?""";
    private static final String FAIL_RUN = "UPDATE runs SET status = 'failed', finished_at = ? WHERE id = ? AND status = 'running'";
    // the shard that commits last sees every other shard done: each shard runs this after its own commit
    private static final String FINISH_RUN = """
            UPDATE runs SET status = 'done', finished_at = ? WHERE id = ? AND status <> 'done'
            AND NOT EXISTS (SELECT 1 FROM run_shards WHERE run_id = ? AND status <> 'done')""";
    private static final String COMPLETE_EARLIER = """
            UPDATE runs SET completed_by = ? WHERE year_month = ? AND id <> ? AND status <> 'done'
            AND completed_by IS NULL AND started_at <= ?""";

    private final Database database;

    public RunRepository(Database database) {
        this.database = database;
    }

    /** A run planned, with its shards pending. */
    public record Plan(String id, YearMonth month, RunKind kind, Instant scheduledFor, String rulesHash, String node,
            Instant startedAt, List<CompanyRange> shards) {
    }

    /**
     * Records a planned run and its shards. A scheduled run is recorded once per month: when the month already
     * has one (planned by another node, or before a restart), that run's id is returned instead.
     */
    public String plan(Plan plan) {
        if (plan.kind() == RunKind.SCHEDULED) {
            Optional<String> existing = scheduled(plan.month());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        try {
            return database.inTransaction(connection -> insert(connection, plan));
        } catch (StoreException e) {
            if (plan.kind() == RunKind.SCHEDULED && e.getCause() instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return scheduled(plan.month()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private static String insert(Connection connection, Plan plan) throws SQLException {
        try (PreparedStatement run = connection.prepareStatement(INSERT_RUN);
             PreparedStatement shard = connection.prepareStatement(INSERT_SHARD)) {
            run.setString(1, plan.id());
            run.setString(2, plan.month().toString());
            run.setString(3, plan.kind().label());
            Sql.setString(run, 4, plan.kind() == RunKind.SCHEDULED ? plan.month().toString() : null);
            Sql.setNullableInstant(run, 5, plan.scheduledFor());
            run.setInt(6, plan.shards().size());
            run.setString(7, plan.rulesHash());
            run.setString(8, plan.node());
            Sql.setInstant(run, 9, plan.startedAt());
            run.executeUpdate();
            for (int index = 0; index < plan.shards().size(); index++) {
                shard.setString(1, plan.id());
                shard.setInt(2, index);
                Sql.setString(shard, 3, plan.shards().get(index).first());
                Sql.setString(shard, 4, plan.shards().get(index).end());
                shard.addBatch();
            }
            shard.executeBatch();
        }
        return plan.id();
    }

    public Optional<String> scheduled(YearMonth month) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SCHEDULED)) {
                query.setString(1, month.toString());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The shards of a run not done yet, in shard order. */
    public List<Integer> unfinishedShards(String runId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(UNFINISHED_SHARDS)) {
                query.setString(1, runId);
                try (ResultSet row = query.executeQuery()) {
                    List<Integer> shards = new ArrayList<>();
                    while (row.next()) {
                        shards.add(row.getInt(1));
                    }
                    return shards;
                }
            }
        });
    }

    /** Claims a shard for this node; empty when the shard is already done (by this or another node). */
    public Optional<ShardWork> claim(String runId, int shard, String node, Instant now) {
        return database.inTransaction(connection -> {
            try (PreparedStatement read = connection.prepareStatement(CLAIMED);
                 PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                read.setString(1, runId);
                read.setInt(2, shard);
                String rulesHash;
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        throw new StoreException("run " + runId + " has no shard " + shard);
                    }
                    rulesHash = row.getString("rules_hash");
                }
                claim.setString(1, node);
                claim.setString(2, rulesHash);
                Sql.setInstant(claim, 3, now);
                Sql.setInstant(claim, 4, now);
                claim.setString(5, runId);
                claim.setInt(6, shard);
                if (claim.executeUpdate() == 0) {
                    return Optional.<ShardWork>empty();
                }
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    return Optional.of(new ShardWork(runId, YearMonth.parse(row.getString("year_month")), shard,
                            new CompanyRange(row.getString("first_company"), row.getString("end_company")),
                            rulesHash, row.getInt("attempts")));
                }
            }
        });
    }

    /** Records that the shard's node is alive and working on it, with the rule set it actually scores with. */
    public void heartbeat(ShardWork work, Instant now) {
        update(HEARTBEAT, statement -> {
            Sql.setInstant(statement, 1, now);
            statement.setString(2, work.runId());
            statement.setInt(3, work.shard());
        });
    }

    /** Marks the shard done with its counts; returns true when that finished the whole run. */
    public boolean finish(ShardWork work, RunCounts counts, Instant now) {
        update(FINISH_SHARD, statement -> {
            Sql.setInstant(statement, 1, now);
            Sql.setInstant(statement, 2, now);
            statement.setLong(3, counts.companies());
            int index = 4;
            for (Band band : RunHistoryRepository.BAND_COLUMNS) {
                statement.setLong(index++, counts.band(band));
            }
            statement.setLong(index++, counts.triggers());
            statement.setLong(index++, counts.delivered());
            statement.setString(index++, work.runId());
            statement.setInt(index, work.shard());
        });
        int finished = update(FINISH_RUN, statement -> {
            Sql.setInstant(statement, 1, now);
            statement.setString(2, work.runId());
            statement.setString(3, work.runId());
        });
        if (finished == 0) {
            return false;
        }
        update(COMPLETE_EARLIER, statement -> {
            statement.setString(1, work.runId());
            statement.setString(2, work.month().toString());
            statement.setString(3, work.runId());
            Sql.setInstant(statement, 4, now);
        });
        return true;
    }

    /** Marks the shard and its run failed, with the error that stopped it. */
    public void fail(ShardWork work, String error, Instant now) {
        String shown = error.length() > 2000 ? error.substring(0, 1997) + "..." : error;
        update(FAIL_SHARD, statement -> {
            Sql.setInstant(statement, 1, now);
            statement.setString(2, shown);
            statement.setString(3, work.runId());
            statement.setInt(4, work.shard());
        });
        update(FAIL_RUN, statement -> {
            Sql.setInstant(statement, 1, now);
            statement.setString(2, work.runId());
        });
    }

    private int update(String sql, Parameters parameters) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement);
                return statement.executeUpdate();
            }
        });
    }

    @FunctionalInterface
    interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }
}
