package io.healthscore.store;

import io.healthscore.company.CompanyRange;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxCount;
import io.healthscore.trigger.OutboxFilter;
import io.healthscore.trigger.OutboxUpdate;
import io.healthscore.trigger.TriggerKey;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * Changes the outbox's delivery state. A dispatcher first claims triggers with a lease (so that two dispatchers,
 * on one node or several, never deliver the same trigger at once), then records each outcome and frees the lease.
 * A lease that runs out (its process was killed) makes the trigger claimable again.
 */
public final class OutboxRepository {
    // a dispatcher may renew its own claim (on triggers a month run stored claimed for it)
    private static final String CLAIM = """
            UPDATE triggers SET lease_owner = :owner, lease_until = :until
            WHERE company_id = :company AND year_month = :month AND name = :name AND status = 'pending'
              AND (next_attempt_at IS NULL OR next_attempt_at <= :now)
              AND (lease_until IS NULL OR lease_until < :now OR lease_owner = :owner)""";
    private static final String RECORD = """
            UPDATE triggers SET status = :status, attempts = attempts + :attempted, next_attempt_at = :next,
                   channel = :channel, last_error = COALESCE(:error, last_error),
                   delivered_at = COALESCE(:delivered, delivered_at), lease_owner = NULL, lease_until = NULL
            WHERE company_id = :company AND year_month = :month AND name = :name AND lease_owner = :owner""";
    private static final String RELEASE = """
            UPDATE triggers SET lease_owner = NULL, lease_until = NULL WHERE status = 'pending'
            AND lease_owner IS NOT NULL AND lease_owner <> :kept""";
    private static final String REQUEUE = "UPDATE triggers SET status = 'pending', attempts = 0, next_attempt_at = NULL"
            + " WHERE status = 'dead'";
    private static final String REPLAYED = """
            UPDATE triggers SET replays = replays + 1, replayed_at = :at, channel = :channel,
                   status = CASE WHEN :sent THEN 'sent' ELSE status END,
                   delivered_at = CASE WHEN :sent AND delivered_at IS NULL THEN :at ELSE delivered_at END
            WHERE company_id = :company AND year_month = :month AND name = :name""";
    private static final String COUNTS = "SELECT status, COUNT(*) AS triggers FROM triggers GROUP BY status";
    private static final String BY_CHANNEL = """
            SELECT name, channel, status, COUNT(*) AS triggers FROM triggers GROUP BY name, channel, status""";
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
        int[] counts = database.inTransaction(handle -> {
            PreparedBatch update = handle.prepareBatch(CLAIM);
            for (TriggerKey key : ordered) {
                OutboxQueries.bindKey(update, key).bind("owner", owner).bind("until", until).bind("now", now).add();
            }
            return update.execute();
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
        int[] counts = database.inTransaction(handle -> record(handle, updates, owner));
        return lost(updates, counts);
    }

    /** {@link #record} inside the caller's transaction; returns the rows each update changed. */
    static int[] record(Handle handle, List<OutboxUpdate> updates, String owner) {
        if (updates.isEmpty()) {
            return new int[0];
        }
        PreparedBatch update = handle.prepareBatch(RECORD);
        for (OutboxUpdate outcome : updates) {
            OutboxQueries.bindKey(update, outcome.trigger()).bind("status", outcome.status())
                    .bind("attempted", outcome.attempted() ? 1 : 0)
                    .bindByType("next", outcome.nextAttemptAt(), Instant.class).bind("channel", outcome.channel())
                    .bind("error", clip(outcome.error()))
                    .bindByType("delivered", outcome.deliveredAt(), Instant.class).bind("owner", owner).add();
        }
        return update.execute();
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
        String sql = RELEASE + (month == null ? "" : " AND year_month = :month"
                + database.dialect().inRange("company_id", range));
        return database.inTransaction(handle -> {
            Update update = handle.createUpdate(sql).bind("kept", keptOwner);
            if (month != null) {
                Dialect.bind(update.bind("month", month), range);
            }
            return update.execute();
        });
    }

    /** Makes dead-lettered triggers matching {@code filter} pending again with a fresh count of attempts. */
    public int requeueDead(OutboxFilter filter) {
        OutboxFilter dead = new OutboxFilter(null, filter.company(), filter.month(), 1);
        return database.inTransaction(handle -> OutboxQueries.bindConditions(
                handle.createUpdate(REQUEUE + OutboxQueries.conditions(dead, "")), dead).execute());
    }

    /** Records a replay; a replay that reached its channel also makes a dead or off trigger sent. */
    public void recordReplay(TriggerKey key, String channel, boolean sent, Instant at) {
        database.inTransaction(handle -> OutboxQueries.bindKey(handle.createUpdate(REPLAYED), key)
                .bind("at", at).bind("channel", channel).bind("sent", sent).execute());
    }

    /** How many triggers are in each status (statuses without any are left out). */
    public Map<DeliveryStatus, Long> counts() {
        return database.inTransaction(handle -> {
            Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
            handle.createQuery(COUNTS).map(row -> Map.entry(row.getColumn("status", DeliveryStatus.class),
                    row.getColumn("triggers", Long.class))).forEach(count -> counts.put(count.getKey(), count.getValue()));
            return counts;
        });
    }

    /** How many triggers of each name stand in each status on each channel, counted in the database. */
    public List<OutboxCount> countsByChannel() {
        return database.inTransaction(handle -> handle.createQuery(BY_CHANNEL)
                .map(row -> new OutboxCount(row.getColumn("name", String.class), row.getColumn("channel", String.class),
                        row.getColumn("status", DeliveryStatus.class), row.getColumn("triggers", Long.class)))
                .list());
    }

    /**
     * How many triggers are pending (read through the status index, not by counting the whole outbox). On
     * PostgreSQL the index is read entry by entry rather than as a bitmap: a month run leaves an entry per trigger
     * it stored pending and then sent, dead until a vacuum, and only a plain index scan marks them so, once, for
     * every later query (measured, 340,000 such entries: 35 ms for this scan, then 0.2 ms, instead of 13-21 ms for
     * every query of every later command; a month run ends with this count).
     */
    public long pending() {
        return database.inTransaction(handle -> {
            if (database.dialect() == Dialect.POSTGRESQL) {
                handle.execute("SET LOCAL enable_bitmapscan = off");
            }
            return handle.createQuery(PENDING).mapTo(Long.class).one();
        });
    }

    /** The earliest time a pending trigger waits for: its next attempt or the end of its lease (null: none waits). */
    public Instant nextAttempt() {
        return database.inTransaction(handle -> handle.createQuery(NEXT_ATTEMPT).mapTo(Instant.class).one());
    }

    private static String clip(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
    }
}
