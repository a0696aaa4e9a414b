package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import io.healthscore.company.CompanyRange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The trigger outbox: emitted triggers not yet delivered to their sink, and marking them delivered. */
public final class TriggerRepository {
    private static final String PENDING = """
            SELECT company_id, year_month, name, band, previous_band, score, previous_score, rules_hash, emitted_at
            FROM triggers WHERE delivered_at IS NULL ORDER BY company_id, year_month, name""";
    private static final String PENDING_OF_SHARD = """
            SELECT company_id, year_month, name, band, previous_band, score, previous_score, rules_hash, emitted_at
            FROM triggers WHERE delivered_at IS NULL AND year_month = ?%s ORDER BY company_id, name""";
    private static final String OLDEST_PENDING = """
            SELECT company_id, year_month, name, band, previous_band, score, previous_score, rules_hash, emitted_at
            FROM triggers WHERE delivered_at IS NULL ORDER BY emitted_at, company_id, year_month, name""";
    private static final String MARK_DELIVERED = """
            UPDATE triggers SET delivered_at = ? WHERE company_id = ? AND year_month = ? AND name = ? AND delivered_at IS NULL""";

    private final Database database;

    public TriggerRepository(Database database) {
        this.database = database;
    }

    /** Up to {@code limit} undelivered triggers, oldest first. */
    public List<EmittedTrigger> pending(int limit) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(OLDEST_PENDING)) {
                query.setMaxRows(limit);
                try (ResultSet row = query.executeQuery()) {
                    List<EmittedTrigger> pending = new ArrayList<>();
                    while (row.next()) {
                        pending.add(read(row));
                    }
                    return pending;
                }
            }
        });
    }

    /**
     * Hands every undelivered trigger to {@code chunk}, {@code size} at a time, in one pass over a single
     * query (each chunk is delivered and marked while the query is still open).
     */
    public void forEachPending(int size, Consumer<List<EmittedTrigger>> chunk) {
        forEach(PENDING, statement -> { }, size, chunk);
    }

    /**
     * As {@link #forEachPending(int, Consumer)}, for one month and range of companies only: the part of the
     * outbox that belongs to one shard of a month run, which one node works on at a time.
     */
    public void forEachPending(YearMonth month, CompanyRange range, int size, Consumer<List<EmittedTrigger>> chunk) {
        String sql = PENDING_OF_SHARD.formatted(database.dialect().inRange("company_id", range));
        forEach(sql, statement -> {
            statement.setString(1, month.toString());
            Dialect.bind(statement, 2, range);
        }, size, chunk);
    }

    private void forEach(String sql, Sql.Parameters parameters, int size, Consumer<List<EmittedTrigger>> chunk) {
        database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                parameters.set(query);
                query.setFetchSize(size);
                try (ResultSet row = query.executeQuery()) {
                    List<EmittedTrigger> pending = new ArrayList<>(size);
                    while (row.next()) {
                        pending.add(read(row));
                        if (pending.size() == size) {
                            chunk.accept(List.copyOf(pending));
                            pending.clear();
                        }
                    }
                    if (!pending.isEmpty()) {
                        chunk.accept(pending);
                    }
                    return null;
                }
            }
        });
    }

    private static EmittedTrigger read(ResultSet row) throws SQLException {
        return new EmittedTrigger(CompanyId.of(row.getString("company_id")),
                YearMonth.parse(row.getString("year_month")), row.getString("name"),
                Band.valueOf(row.getString("band")), Band.valueOf(row.getString("previous_band")),
                Sql.getInteger(row, "score"), Sql.getInteger(row, "previous_score"),
                row.getString("rules_hash"), row.getTimestamp("emitted_at").toInstant());
    }

    public void markDelivered(List<EmittedTrigger> delivered, Instant now) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(MARK_DELIVERED)) {
                for (EmittedTrigger trigger : delivered) {
                    update.setTimestamp(1, Timestamp.from(now));
                    update.setString(2, trigger.company().value());
                    update.setString(3, trigger.month().toString());
                    update.setString(4, trigger.name());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }
}
