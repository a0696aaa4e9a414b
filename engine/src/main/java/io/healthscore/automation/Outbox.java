package io.healthscore.automation;

import io.healthscore.store.Database;
import io.healthscore.store.OutboxQueries;
import io.healthscore.store.OutboxRepository;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxCount;
import io.healthscore.trigger.OutboxEntry;
import io.healthscore.trigger.OutboxFilter;
import io.healthscore.trigger.TriggerKey;
import java.util.List;
import java.util.Map;

/** The outbox as the triggers commands see it: its entries and counts, what may be replayed, re-queuing the dead. */
public final class Outbox {
    private final OutboxQueries queries;
    private final OutboxRepository outbox;

    public Outbox(Database database) {
        this.queries = new OutboxQueries(database);
        this.outbox = new OutboxRepository(database);
    }

    public List<OutboxEntry> list(OutboxFilter filter) {
        return queries.list(filter);
    }

    /** How many triggers the outbox holds in each status. */
    public Map<DeliveryStatus, Long> counts() {
        return outbox.counts();
    }

    /** How many triggers of each name stand in each status on each channel. */
    public List<OutboxCount> countsByChannel() {
        return outbox.countsByChannel();
    }

    /**
     * The trigger to send again on purpose: a sent or dead-lettered one. A pending one is refused, as the next run,
     * {@code triggers deliver} or serve delivers it.
     */
    public OutboxEntry toReplay(TriggerKey key) {
        OutboxEntry entry = queries.find(key).orElseThrow(() -> new ReplayRefusedException(
                "no trigger " + key + " in the outbox; `healthscore triggers` lists them"));
        if (entry.status() == DeliveryStatus.PENDING) {
            throw new ReplayRefusedException(key + " is still pending; it is delivered by the next run,"
                    + " `healthscore triggers deliver` or serve; replay sends a sent or dead-lettered trigger again");
        }
        return entry;
    }

    /** Makes the dead-lettered triggers matching {@code filter} pending again with a fresh count of attempts. */
    public int requeueDead(OutboxFilter filter) {
        return outbox.requeueDead(filter);
    }
}
