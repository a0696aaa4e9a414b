package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyRange;
import io.healthscore.run.RunCounts;
import io.healthscore.run.ShardWork;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.statement.Update;

/**
 * The shards of recorded runs: claimed by a node, kept alive by its heartbeat, finished with their counts (the
 * last shard finishing its run) or failed with the error that stopped them.
 */
public final class ShardRepository {
    private static final String CLAIM = """
            UPDATE run_shards SET status = 'running', node = :node, attempts = attempts + 1, rules_hash = :hash,
                                  started_at = :now, heartbeat_at = :now, finished_at = NULL, error = NULL
            WHERE run_id = :run AND shard = :shard AND status <> 'done'""";
    private static final String CLAIMED = """
            SELECT r.year_month, r.rules_hash, s.first_company, s.end_company, s.attempts
            FROM run_shards s JOIN runs r ON r.id = s.run_id WHERE s.run_id = :run AND s.shard = :shard""";
    private static final String HEARTBEAT = """
            UPDATE run_shards SET heartbeat_at = :now WHERE run_id = :run AND shard = :shard AND status = 'running'""";
    private static final String FINISH_SHARD = """
            UPDATE run_shards SET status = 'done', finished_at = :now, heartbeat_at = :now, companies = :companies,
                                  at_risk = :at_risk, steady = :steady, healthy = :healthy, thriving = :thriving,
                                  no_data = :no_data, triggers = :triggers, delivered = :delivered
            WHERE run_id = :run AND shard = :shard""";
    private static final String FAIL_SHARD = """
            UPDATE run_shards SET status = 'failed', finished_at = :now, error = :error WHERE run_id = :run AND shard = :shard""";
    private static final String FAIL_RUN = "UPDATE runs SET status = 'failed', finished_at = :now WHERE id = :run AND status = 'running'";
    // the shard that commits last sees every other shard done: each shard runs this after its own commit
    private static final String FINISH_RUN = """
            UPDATE runs SET status = 'done', finished_at = :now WHERE id = :run AND status <> 'done'
            AND NOT EXISTS (SELECT 1 FROM run_shards WHERE run_id = :run AND status <> 'done')""";
    // a month run completes the month runs it follows, a run to date only runs to date: they score different things
    private static final String COMPLETE_EARLIER = """
            UPDATE runs SET completed_by = :run WHERE year_month = :month AND id <> :run AND status <> 'done'
            AND completed_by IS NULL AND started_at <= :now
            AND (CASE WHEN kind = 'provisional' THEN 1 ELSE 0 END)
                = (SELECT CASE WHEN finished.kind = 'provisional' THEN 1 ELSE 0 END FROM runs finished WHERE finished.id = :run)""";

    private final Database database;

    public ShardRepository(Database database) {
        this.database = database;
    }

    /** Claims a shard for this node; empty when the shard is already done (by this or another node). */
    public Optional<ShardWork> claim(String runId, int shard, String node, Instant now) {
        return database.inTransaction(handle -> {
            String rulesHash = handle.createQuery(CLAIMED).bind("run", runId).bind("shard", shard)
                    .map(row -> row.getColumn("rules_hash", String.class)).findFirst()
                    .orElseThrow(() -> new StoreException("run " + runId + " has no shard " + shard));
            int claimed = handle.createUpdate(CLAIM).bind("node", node).bind("hash", rulesHash).bind("now", now)
                    .bind("run", runId).bind("shard", shard).execute();
            if (claimed == 0) {
                return Optional.<ShardWork>empty();
            }
            return Optional.of(handle.createQuery(CLAIMED).bind("run", runId).bind("shard", shard)
                    .map(row -> new ShardWork(runId, row.getColumn("year_month", YearMonth.class), shard,
                            new CompanyRange(row.getColumn("first_company", String.class),
                                    row.getColumn("end_company", String.class)),
                            rulesHash, row.getColumn("attempts", Integer.class)))
                    .one());
        });
    }

    /** Records that the shard's node is alive and working on it, with the rule set it actually scores with. */
    public void heartbeat(ShardWork work, Instant now) {
        update(HEARTBEAT, update -> update.bind("now", now).bind("run", work.runId()).bind("shard", work.shard()));
    }

    /** Marks the shard done with its counts; returns true when that finished the whole run. */
    public boolean finish(ShardWork work, RunCounts counts, Instant now) {
        update(FINISH_SHARD, update -> {
            update.bind("now", now).bind("companies", counts.companies()).bind("triggers", counts.triggers())
                    .bind("delivered", counts.delivered()).bind("run", work.runId()).bind("shard", work.shard());
            for (Band band : RunHistoryRepository.BAND_COLUMNS) {
                update.bind(RunHistoryRepository.column(band), counts.band(band));
            }
            return update;
        });
        int finished = update(FINISH_RUN, update -> update.bind("now", now).bind("run", work.runId()));
        if (finished == 0) {
            return false;
        }
        update(COMPLETE_EARLIER, update -> update.bind("run", work.runId()).bind("month", work.month()).bind("now", now));
        return true;
    }

    /** Marks the shard and its run failed, with the error that stopped it. */
    public void fail(ShardWork work, String error, Instant now) {
        String shown = error.length() > 2000 ? error.substring(0, 1997) + "..." : error;
        update(FAIL_SHARD, update -> update.bind("now", now).bind("error", shown).bind("run", work.runId())
                .bind("shard", work.shard()));
        update(FAIL_RUN, update -> update.bind("now", now).bind("run", work.runId()));
    }

    /** Runs one update in a transaction of its own. */
    private int update(String sql, UnaryOperator<Update> parameters) {
        return database.inTransaction(handle -> parameters.apply(handle.createUpdate(sql)).execute());
    }
}
