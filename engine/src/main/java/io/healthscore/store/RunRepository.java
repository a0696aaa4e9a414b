package io.healthscore.store;

import io.healthscore.company.CompanyRange;
import io.healthscore.run.RunKind;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The run records: a run is planned with its shards (see ShardRepository for their work), once per month when scheduled. */
public final class RunRepository {
    private static final String INSERT_RUN = """
            INSERT INTO runs (id, year_month, kind, scheduled_month, scheduled_for, shards, status, rules_hash, node,
                              started_at)
            VALUES (:id, :month, :kind, :scheduled_month, :scheduled_for, :shards, 'running', :hash, :node, :started)""";
    private static final String INSERT_SHARD = """
            INSERT INTO run_shards (run_id, shard, first_company, end_company, status, attempts, companies, at_risk,
                                    steady, healthy, thriving, no_data, triggers, delivered)
            VALUES (:run, :shard, :first, :end, 'pending', 0, 0, 0, 0, 0, 0, 0, 0, 0)""";
    private static final String SCHEDULED = "SELECT id FROM runs WHERE scheduled_month = :month";
    private static final String UNFINISHED_SHARDS = "SELECT shard FROM run_shards WHERE run_id = :run AND status <> 'done' ORDER BY shard";

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
            return database.inTransaction(handle -> insert(handle, plan));
        } catch (StoreException e) {
            if (plan.kind() == RunKind.SCHEDULED && Sql.isUniqueViolation(e)) {
                return scheduled(plan.month()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private static String insert(Handle handle, Plan plan) {
        handle.createUpdate(INSERT_RUN).bind("id", plan.id()).bind("month", plan.month()).bind("kind", plan.kind().label())
                .bind("scheduled_month", plan.kind() == RunKind.SCHEDULED ? plan.month().toString() : null)
                .bindByType("scheduled_for", plan.scheduledFor(), Instant.class).bind("shards", plan.shards().size())
                .bind("hash", plan.rulesHash()).bind("node", plan.node()).bind("started", plan.startedAt()).execute();
        PreparedBatch shards = handle.prepareBatch(INSERT_SHARD);
        for (int index = 0; index < plan.shards().size(); index++) {
            CompanyRange range = plan.shards().get(index);
            shards.bind("run", plan.id()).bind("shard", index).bind("first", range.first()).bind("end", range.end()).add();
        }
        shards.execute();
        return plan.id();
    }

    public Optional<String> scheduled(YearMonth month) {
        return database.inTransaction(handle -> handle.createQuery(SCHEDULED).bind("month", month).mapTo(String.class)
                .findFirst());
    }

    /** The shards of a run not done yet, in shard order. */
    public List<Integer> unfinishedShards(String runId) {
        return database.inTransaction(handle -> handle.createQuery(UNFINISHED_SHARDS).bind("run", runId)
                .mapTo(Integer.class).list());
    }
}
