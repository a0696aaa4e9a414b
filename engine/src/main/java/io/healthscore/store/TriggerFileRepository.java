package io.healthscore.store;

import io.healthscore.trigger.OutboxUpdate;
import io.healthscore.trigger.TriggerKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * How far each triggers file is recorded delivered: the byte offset after the last line whose trigger the outbox
 * marks sent. Lines past that offset were written by a process killed before it recorded them; the next writer
 * finds their ids there and records them sent instead of writing them again. A file is named by node and path
 * (each node of a cluster writes a file of its own).
 */
public final class TriggerFileRepository {
    private static final String FIND = "SELECT recorded_to FROM trigger_files WHERE path = :path";
    private static final String START = "INSERT INTO trigger_files (path, recorded_to, recorded_at) VALUES (:path, :to, :at)"
            + " ON CONFLICT (path) DO NOTHING";
    private static final String ADVANCE = "UPDATE trigger_files SET recorded_to = :to, recorded_at = :at WHERE path = :path";
    // a line in the file is delivered, whoever held the claim: the process that wrote it is gone or is this one
    private static final String FOUND = """
            UPDATE triggers SET status = 'sent', attempts = attempts + 1, channel = :channel,
                   delivered_at = COALESCE(delivered_at, :at), lease_owner = NULL, lease_until = NULL
            WHERE company_id = :company AND year_month = :month AND name = :name AND status = 'pending'""";

    private final Database database;

    public TriggerFileRepository(Database database) {
        this.database = database;
    }

    /**
     * The offset up to which {@code file}'s lines are recorded; a file not yet known is recorded from
     * {@code size}, its current length (lines written before the store kept offsets are not read).
     */
    public long recordedTo(String file, long size, Instant now) {
        return database.inTransaction(handle -> {
            Optional<Long> recorded = handle.createQuery(FIND).bind("path", file).mapTo(Long.class).findOne();
            if (recorded.isPresent()) {
                return recorded.get();
            }
            handle.createUpdate(START).bind("path", file).bind("to", size).bind("at", now).execute();
            return size;
        });
    }

    /**
     * In one transaction: marks sent the pending triggers {@code found} in the file past its recorded offset,
     * records {@code updates} (the outcomes of the lines {@code owner} just wrote) and moves the offset to
     * {@code to}. Returns the triggers of {@code updates} whose claim another dispatcher had taken meanwhile.
     */
    public List<TriggerKey> record(String file, long to, Collection<TriggerKey> found, String channel,
            List<OutboxUpdate> updates, String owner, Instant now) {
        int[] counts = database.inTransaction(handle -> {
            // the updates first: a found trigger this writer holds is recorded as its own, under its claim
            int[] recorded = OutboxRepository.record(handle, updates, owner);
            if (!found.isEmpty()) {
                PreparedBatch update = handle.prepareBatch(FOUND);
                for (TriggerKey key : found) {
                    OutboxQueries.bindKey(update, key).bind("channel", channel).bind("at", now).add();
                }
                update.execute();
            }
            handle.createUpdate(ADVANCE).bind("to", to).bind("at", now).bind("path", file).execute();
            return recorded;
        });
        return OutboxRepository.lost(updates, counts);
    }
}
