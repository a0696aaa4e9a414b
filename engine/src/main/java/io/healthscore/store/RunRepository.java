package io.healthscore.store;

import io.healthscore.company.CompanyRange;
import io.healthscore.run.RunKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The run records: a run is planned with its shards (see ShardRepository for their work), once per month when scheduled. */
public final class RunRepository {
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
            if (plan.kind() == RunKind.SCHEDULED && Sql.isUniqueViolation(e)) {
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
}
