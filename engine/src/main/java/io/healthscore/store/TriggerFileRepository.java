package io.healthscore.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import io.healthscore.trigger.TriggerKey;
import io.healthscore.trigger.OutboxUpdate;

/**
 * How far each triggers file is recorded delivered: the byte offset after the last line whose trigger the outbox
 * marks sent. Lines past that offset were written by a process killed before it recorded them; the next writer
 * finds their ids there and records them sent instead of writing them again. A file is named by node and path
 * (each node of a cluster writes a file of its own).
 */
public final class TriggerFileRepository {
    private static final String FIND = "SELECT recorded_to FROM trigger_files WHERE path = ?";
    private static final String START = "INSERT INTO trigger_files (path, recorded_to, recorded_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (path) DO NOTHING";
    private static final String ADVANCE = "UPDATE trigger_files SET recorded_to = ?, recorded_at = ? WHERE path = ?";
    // a line in the file is delivered, whoever held the claim: the process that wrote it is gone or is this one
    private static final String FOUND = """
            UPDATE triggers SET status = 'sent', attempts = attempts + 1, channel = ?,
                   delivered_at = COALESCE(delivered_at, ?), lease_owner = NULL, lease_until = NULL
            WHERE company_id = ? AND year_month = ? AND name = ? AND status = 'pending'""";

    private final Database database;

    public TriggerFileRepository(Database database) {
        this.database = database;
    }

    /**
     * The offset up to which {@code file}'s lines are recorded; a file not yet known is recorded from
     * {@code size}, its current length (lines written before the store kept offsets are not read).
     */
    public long recordedTo(String file, long size, Instant now) {
        return database.inTransaction(connection -> {
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, file);
                try (ResultSet row = find.executeQuery()) {
                    if (row.next()) {
                        return row.getLong(1);
                    }
                }
            }
            try (PreparedStatement start = connection.prepareStatement(START)) {
                start.setString(1, file);
                start.setLong(2, size);
                Sql.setInstant(start, 3, now);
                start.executeUpdate();
            }
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
        int[] counts = database.inTransaction(connection -> {
            // the updates first: a found trigger this writer holds is recorded as its own, under its claim
            int[] recorded = OutboxRepository.record(connection, updates, owner);
            if (!found.isEmpty()) {
                try (PreparedStatement update = connection.prepareStatement(FOUND)) {
                    for (TriggerKey key : found) {
                        update.setString(1, channel);
                        Sql.setInstant(update, 2, now);
                        OutboxRepository.bindKey(update, 3, key);
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
            try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
                advance.setLong(1, to);
                Sql.setInstant(advance, 2, now);
                advance.setString(3, file);
                advance.executeUpdate();
            }
            return recorded;
        });
        return OutboxRepository.lost(updates, counts);
    }
}
