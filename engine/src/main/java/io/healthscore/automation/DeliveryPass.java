package io.healthscore.automation;

import io.healthscore.NodeName;
import io.healthscore.store.Database;
import io.healthscore.store.OutboxRepository;
import io.healthscore.store.TriggerFileRepository;
import io.healthscore.trigger.OutboxEntry;
import io.healthscore.trigger.OutboxUpdate;
import io.healthscore.trigger.TriggerKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the dispatcher over pages of outbox entries. Triggers whose automation is off are marked so; the
 * file channel gets a page in one append; webhook and email triggers are claimed a few at a time and each outcome
 * is recorded as soon as it is known. After a retryable failure a channel is left alone for the rest of the pass:
 * its other triggers wait for the same next attempt instead of each timing out against a receiver that is down.
 */
final class DeliveryPass {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryPass.class);
    private static final int REMOTE_CLAIM = 20;

    private final OutboxRepository outbox;
    private final Automations automations;
    private final TriggerFileRepository files;
    private final String owner;
    private final Instant now;
    private final DeliveryClock time;
    private final DeliveryListener listener;
    private final Map<String, Instant> resting = new HashMap<>();


    DeliveryPass(Database database, Automations automations, String owner, Instant now, DeliveryClock time,
            DeliveryListener listener) {
        this.outbox = new OutboxRepository(database);
        this.files = new TriggerFileRepository(database);
        this.automations = automations;
        this.owner = owner;
        this.now = now;
        this.time = time;
        this.listener = listener;
    }

    /** Delivers entries this pass claims first (another dispatcher may hold some: those are left to it). */
    DeliveryCounts deliver(List<OutboxEntry> entries) {
        return deliver(entries, false);
    }

    /** Delivers entries stored already claimed by this dispatcher. */
    DeliveryCounts deliverClaimed(List<OutboxEntry> entries) {
        return deliver(entries, true);
    }

    private DeliveryCounts deliver(List<OutboxEntry> entries, boolean claimed) {
        Map<String, List<OutboxEntry>> byChannel = new LinkedHashMap<>();
        for (OutboxEntry entry : entries) {
            Route route = automations.route(entry.trigger().name());
            byChannel.computeIfAbsent(route.enabled() ? route.channel() : null, name -> new ArrayList<>()).add(entry);
        }
        Tally tally = new Tally();
        byChannel.forEach((channel, group) -> {
            if (channel == null) {
                off(claimed ? group : claim(group), tally);
            } else if (automations.channel(channel) instanceof TriggersFileChannel file) {
                appendAll(file, claimed ? group : claim(group), tally);
            } else {
                remote(automations.channel(channel), group, tally);
            }
        });
        return tally.counts();
    }

    private void off(List<OutboxEntry> claimed, Tally tally) {
        record(claimed.stream().map(entry -> OutboxUpdate.off(entry.key(),
                automations.route(entry.trigger().name()).channel())).toList());
        tally.off += claimed.size();
    }

    /**
     * One append of the claimed page, recorded through the file's ledger in the store: each trigger reaches the
     * file once, even when a process was killed between writing lines and recording them.
     */
    private void appendAll(TriggersFileChannel file, List<OutboxEntry> claimed, Tally tally) {
        List<TriggerEvent> events = claimed.stream().map(DeliveryPass::event).toList();
        // named by machine, not process: the process that is to find what a killed one wrote runs on the same host
        String name = NodeName.host() + ":" + file.file().toAbsolutePath().normalize();
        boolean[] recorded = {false};
        List<DeliveryOutcome> outcomes = file.appendOnce(events, automations::route, new TriggersFileChannel.Ledger() {
            @Override
            public long recordedTo(long size) {
                return files.recordedTo(name, size, time.instant());
            }

            @Override
            public void recorded(Set<String> found, List<DeliveryOutcome> outcomes, long end) {
                List<TriggerKey> keys = found.stream().map(DeliveryPass::key).filter(Objects::nonNull).toList();
                warnLost(files.record(name, end, keys, file.name(), updates(file, claimed, outcomes, tally), owner,
                        time.instant()));
                recorded[0] = true;
            }
        });
        if (!recorded[0]) {
            // the file could not be written: the outcomes are retries, recorded as for any channel
            record(updates(file, claimed, outcomes, tally));
        }
    }

    private List<OutboxUpdate> updates(Channel channel, List<OutboxEntry> claimed, List<DeliveryOutcome> outcomes,
            Tally tally) {
        List<OutboxUpdate> updates = new ArrayList<>();
        for (int index = 0; index < claimed.size(); index++) {
            updates.add(update(channel, claimed.get(index), outcomes.get(index), tally));
        }
        return updates;
    }

    /** The trigger of an id found in the file; null (skipped, with a warning) when it is not one. */
    private static TriggerKey key(String id) {
        try {
            return TriggerKey.parse(id);
        } catch (IllegalArgumentException e) {
            LOG.warn("the triggers file holds a line whose id is not a trigger's; left as it is: {}", e.getMessage());
            LOG.debug("the triggers file holds a line whose id is not a trigger's", e);
            return null;
        }
    }

    /**
     * Claims a few at a time (a claim must not run out while slow receivers answer) and records each outcome at
     * once. Once the channel rests, the rest of the group is claimed and deferred in one go.
     */
    private void remote(Channel channel, List<OutboxEntry> group, Tally tally) {
        for (int from = 0; from < group.size(); from += REMOTE_CLAIM) {
            if (resting.containsKey(channel.name())) {
                defer(channel, claim(group.subList(from, group.size())), tally);
                return;
            }
            List<OutboxEntry> chunk = claim(group.subList(from, Math.min(group.size(), from + REMOTE_CLAIM)));
            for (int index = 0; index < chunk.size(); index++) {
                if (resting.containsKey(channel.name())) {
                    defer(channel, chunk.subList(index, chunk.size()), tally);
                    break;
                }
                OutboxEntry entry = chunk.get(index);
                DeliveryOutcome outcome = attempt(channel, event(entry), automations.route(entry.trigger().name()));
                record(List.of(update(channel, entry, outcome, tally)));
            }
        }
    }

    private void defer(Channel channel, List<OutboxEntry> claimed, Tally tally) {
        Instant rest = resting.get(channel.name());
        record(claimed.stream().map(entry -> OutboxUpdate.deferred(entry.key(), channel.name(), rest)).toList());
        tally.retrying += claimed.size();
    }

    static DeliveryOutcome attempt(Channel channel, TriggerEvent event, Route route) {
        try {
            return channel.deliver(event, route);
        } catch (RuntimeException e) {
            LOG.error("channel {} failed unexpectedly on {}", channel.name(), event.id(), e);
            return new DeliveryOutcome.Retry(channel.name() + ": unexpected " + e);
        }
    }

    private OutboxUpdate update(Channel channel, OutboxEntry entry, DeliveryOutcome outcome, Tally tally) {
        TriggerKey key = entry.key();
        int attempt = entry.attempts() + 1;
        if (outcome instanceof DeliveryOutcome.Sent) {
            tally.sent++;
            LOG.debug("{} sent through {} (attempt {})", entry.id(), channel.name(), attempt);
            Instant sent = time.instant();
            listener.delivered(channel.name(), Duration.between(entry.trigger().emittedAt(), sent));
            return OutboxUpdate.sent(key, channel.name(), sent);
        }
        if (outcome instanceof DeliveryOutcome.Retry retry && automations.retry().retries(attempt)) {
            Instant next = time.instant().plus(automations.retry().delay(attempt, retry.after()));
            resting.putIfAbsent(channel.name(), next);
            tally.retrying++;
            LOG.warn("{}: attempt {} of {} failed, next at {}: {}", entry.id(), attempt, automations.retry().attempts(),
                    next, retry.error());
            return OutboxUpdate.retry(key, channel.name(), retry.error(), next);
        }
        String error = outcome instanceof DeliveryOutcome.Retry retry
                ? "gave up after " + attempt + " attempts: " + retry.error()
                : ((DeliveryOutcome.Failed) outcome).error();
        tally.dead++;
        LOG.warn("{} dead-lettered: {}", entry.id(), error);
        return OutboxUpdate.dead(key, channel.name(), error, true);
    }

    private List<OutboxEntry> claim(List<OutboxEntry> group) {
        Instant until = time.instant().plus(automations.lease());
        Set<TriggerKey> claimed = new HashSet<>(
                outbox.claim(group.stream().map(OutboxEntry::key).toList(), owner, now, until));
        return group.stream().filter(entry -> claimed.contains(entry.key())).toList();
    }

    private void record(List<OutboxUpdate> updates) {
        warnLost(outbox.record(updates, owner));
    }

    private void warnLost(List<TriggerKey> lost) {
        if (!lost.isEmpty()) {
            LOG.warn("{} triggers were delivered after their lease of {} ran out and another dispatcher took them;"
                    + " they may arrive twice (receivers de-duplicate on the event id): {}", lost.size(),
                    automations.lease(), lost);
        }
    }

    private static TriggerEvent event(OutboxEntry entry) {
        return new TriggerEvent(entry.trigger(), entry.company(), entry.drivers(), entry.attempts() + 1, false);
    }

    private static final class Tally {
        int sent;
        int retrying;
        int dead;
        int off;

        DeliveryCounts counts() {
            return new DeliveryCounts(sent, retrying, dead, off);
        }
    }
}
