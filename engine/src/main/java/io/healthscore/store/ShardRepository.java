package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyRange;
import io.healthscore.run.RunCounts;
import io.healthscore.run.ShardWork;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The shards of recorded runs: claimed by a node, kept alive by its heartbeat, finished with their counts (the
 * last shard finishing its run) or failed with the error that stopped them.
 */
public final class ShardRepository {
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

    public ShardRepository(Database database) {
        this.database = database;
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

    private int update(String sql, Sql.Parameters parameters) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement);
                return statement.executeUpdate();
            }
        });
    }
}
