package io.healthscore.store;

import io.healthscore.company.CompanyRange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import io.healthscore.trigger.TriggerKey;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxFilter;
import io.healthscore.trigger.OutboxUpdate;

/**
 * Changes the outbox's delivery state. A dispatcher first claims triggers with a lease (so that two dispatchers,
 * on one node or several, never deliver the same trigger at once), then records each outcome and frees the lease.
 * A lease that runs out (its process was killed) makes the trigger claimable again.
 */
public final class OutboxRepository {
    // a dispatcher may renew its own claim (on triggers a month run stored claimed for it)
    private static final String CLAIM = """
            UPDATE triggers SET lease_owner = ?, lease_until = ?
            WHERE company_id = ? AND year_month = ? AND name = ? AND status = 'pending'
              AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
              AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?)""";
    private static final String RECORD = """
            UPDATE triggers SET status = ?, attempts = attempts + ?, next_attempt_at = ?, channel = ?,
                   last_error = COALESCE(?, last_error), delivered_at = COALESCE(?, delivered_at),
                   lease_owner = NULL, lease_until = NULL
            WHERE company_id = ? AND year_month = ? AND name = ? AND lease_owner = ?""";
    private static final String REQUEUE = "UPDATE triggers SET status = 'pending', attempts = 0, next_attempt_at = NULL"
            + " WHERE status = 'dead'";
    private static final String REPLAYED = """
            UPDATE triggers SET replays = replays + 1, replayed_at = ?, channel = ?,
                   status = CASE WHEN ? THEN 'sent' ELSE status END,
                   delivered_at = CASE WHEN ? AND delivered_at IS NULL THEN ? ELSE delivered_at END
            WHERE company_id = ? AND year_month = ? AND name = ?""";
    private static final String COUNTS = "SELECT status, COUNT(*) FROM triggers GROUP BY status";
    private static final String PENDING = "SELECT COUNT(*) FROM triggers WHERE status = 'pending'";
    // a trigger claimed by a process that was killed is due again when its lease runs out
    private static final String NEXT_ATTEMPT = """
            SELECT MIN(CASE WHEN lease_until IS NOT NULL AND (next_attempt_at IS NULL OR lease_until > next_attempt_at)
                            THEN lease_until ELSE next_attempt_at END)
            FROM triggers WHERE status = 'pending'""";

    private final Database database;

    public OutboxRepository(Database database) {
        this.database = database;
    }

    /** Claims those of {@code triggers} still due at {@code now} for {@code owner} until {@code until}; returns them. */
    public List<TriggerKey> claim(Collection<TriggerKey> triggers, String owner, Instant now, Instant until) {
        if (triggers.isEmpty()) {
            return List.of();
        }
        List<TriggerKey> ordered = List.copyOf(triggers);
        int[] counts = database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(CLAIM)) {
                for (TriggerKey key : ordered) {
                    update.setString(1, owner);
                    Sql.setInstant(update, 2, until);
                    bindKey(update, 3, key);
                    Sql.setInstant(update, 6, now);
                    Sql.setInstant(update, 7, now);
                    update.setString(8, owner);
                    update.addBatch();
                }
                return update.executeBatch();
            }
        });
        List<TriggerKey> claimed = new ArrayList<>();
        for (int index = 0; index < ordered.size(); index++) {
            if (counts[index] > 0) {
                claimed.add(ordered.get(index));
            }
        }
        return claimed;
    }

    /**
     * Records outcomes of triggers {@code owner} claimed and frees their leases; returns those whose lease had
     * run out and been taken by another dispatcher (their outcome is not recorded here).
     */
    public List<TriggerKey> record(List<OutboxUpdate> updates, String owner) {
        if (updates.isEmpty()) {
            return List.of();
        }
        int[] counts = database.inTransaction(connection -> record(connection, updates, owner));
        return lost(updates, counts);
    }

    /** {@link #record} inside the caller's transaction; returns the rows each update changed. */
    static int[] record(java.sql.Connection connection, List<OutboxUpdate> updates, String owner) throws SQLException {
        if (updates.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement update = connection.prepareStatement(RECORD)) {
            for (OutboxUpdate outcome : updates) {
                update.setString(1, outcome.status().code());
                update.setInt(2, outcome.attempted() ? 1 : 0);
                Sql.setNullableInstant(update, 3, outcome.nextAttemptAt());
                Sql.setString(update, 4, outcome.channel());
                Sql.setString(update, 5, clip(outcome.error()));
                Sql.setNullableInstant(update, 6, outcome.deliveredAt());
                bindKey(update, 7, outcome.trigger());
                update.setString(10, owner);
                update.addBatch();
            }
            return update.executeBatch();
        }
    }

    /** The triggers of {@code updates} whose update changed no row: their lease was taken by another dispatcher. */
    static List<TriggerKey> lost(List<OutboxUpdate> updates, int[] counts) {
        List<TriggerKey> lost = new ArrayList<>();
        for (int index = 0; index < updates.size(); index++) {
            if (counts[index] == 0) {
                lost.add(updates.get(index).trigger());
            }
        }
        return lost;
    }

    /**
     * Frees the claims other dispatchers hold on pending triggers of {@code month} and {@code range} (both null:
     * of every month and company), for when those dispatchers are known to be gone; returns how many were freed.
     */
    public int release(YearMonth month, CompanyRange range, String keptOwner) {
        String sql = "UPDATE triggers SET lease_owner = NULL, lease_until = NULL WHERE status = 'pending'"
                + " AND lease_owner IS NOT NULL AND lease_owner <> ?"
                + (month == null ? "" : " AND year_month = ?" + database.dialect().inRange("company_id", range));
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, keptOwner);
                if (month != null) {
                    update.setString(2, month.toString());
                    Dialect.bind(update, 3, range);
                }
                return update.executeUpdate();
            }
        });
    }

    /** Makes dead-lettered triggers matching {@code filter} pending again with a fresh count of attempts. */
    public int requeueDead(OutboxFilter filter) {
        StringBuilder sql = new StringBuilder(REQUEUE);
        List<String> values = new ArrayList<>();
        OutboxConditions.append(new OutboxFilter(null, filter.company(), filter.month(), 1), "", sql, values);
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
                for (int index = 0; index < values.size(); index++) {
                    update.setString(index + 1, values.get(index));
                }
                return update.executeUpdate();
            }
        });
    }

    /** Records a replay; a replay that reached its channel also makes a dead or off trigger sent. */
    public void recordReplay(TriggerKey key, String channel, boolean sent, Instant at) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(REPLAYED)) {
                Sql.setInstant(update, 1, at);
                update.setString(2, channel);
                update.setBoolean(3, sent);
                update.setBoolean(4, sent);
                Sql.setInstant(update, 5, at);
                bindKey(update, 6, key);
                return update.executeUpdate();
            }
        });
    }

    /** How many triggers are in each status (statuses without any are left out). */
    public Map<DeliveryStatus, Long> counts() {
        return database.inTransaction(connection -> {
            Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
            try (PreparedStatement query = connection.prepareStatement(COUNTS); ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    counts.put(DeliveryStatus.parse(row.getString(1)), row.getLong(2));
                }
            }
            return counts;
        });
    }

    /**
     * How many triggers are pending (read through the status index, not by counting the whole outbox). On
     * PostgreSQL the index is read entry by entry rather than as a bitmap: a month run leaves an entry per trigger
     * it stored pending and then sent, dead until a vacuum, and only a plain index scan marks them so, once, for
     * every later query (measured, 340,000 such entries: 35 ms for this scan, then 0.2 ms, instead of 13-21 ms for
     * every query of every later command; a month run ends with this count).
     */
    public long pending() {
        return database.inTransaction(connection -> {
            if (!Sql.sqlite(connection)) {
                try (java.sql.Statement plan = connection.createStatement()) {
                    plan.execute("SET LOCAL enable_bitmapscan = off");
                }
            }
            try (PreparedStatement query = connection.prepareStatement(PENDING); ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** The earliest time a pending trigger waits for: its next attempt or the end of its lease (null: none waits). */
    public Instant nextAttempt() {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(NEXT_ATTEMPT);
                    ResultSet row = query.executeQuery()) {
                row.next();
                return Sql.getInstant(row, 1);
            }
        });
    }

    static void bindKey(PreparedStatement statement, int index, TriggerKey key) throws SQLException {
        statement.setString(index, key.company().value());
        statement.setString(index + 1, key.month().toString());
        statement.setString(index + 2, key.name());
    }

    private static String clip(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
    }
}
