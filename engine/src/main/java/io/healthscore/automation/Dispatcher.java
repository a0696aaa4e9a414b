package io.healthscore.automation;

import io.healthscore.assessment.Assessment;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.company.CompanyRange;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.Database;
import io.healthscore.store.OutboxQueries;
import io.healthscore.store.OutboxRepository;
import io.healthscore.store.TriggerClaim;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.EmittedTrigger;
import io.healthscore.trigger.OutboxEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: triggers just stored, everything due, or one shard's part, each through the channel its
 * route names. Every delivery is claimed first, so no two dispatchers deliver one trigger at once, and a trigger
 * recorded as sent is never delivered again (except by an explicit replay).
 */
public final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int PAGE = 1_000;

    private final Database database;
    private final OutboxQueries queries;
    private final OutboxRepository outbox;
    private final CompanyRepository companies;
    private final Automations automations;
    private final DeliveryClock time;
    private final String owner;
    private final DeliveryListener listener;

    public Dispatcher(Database database, Automations automations, Clock clock, String node) {
        this(database, automations, clock, node, DeliveryListener.NONE);
    }

    /** As {@link #Dispatcher(Database, Automations, Clock, String)}, telling {@code listener} of every delivery. */
    public Dispatcher(Database database, Automations automations, Clock clock, String node, DeliveryListener listener) {
        this(database, automations, clock, node, DeliveryClock.Sleeper.REAL, listener);
    }

    /** As the public constructor, waiting for retries with {@code sleeper} (a test's moves its clock). */
    Dispatcher(Database database, Automations automations, Clock clock, String node, DeliveryClock.Sleeper sleeper) {
        this(database, automations, clock, node, sleeper, DeliveryListener.NONE);
    }

    private Dispatcher(Database database, Automations automations, Clock clock, String node,
            DeliveryClock.Sleeper sleeper, DeliveryListener listener) {
        this.database = database;
        this.queries = new OutboxQueries(database);
        this.outbox = new OutboxRepository(database);
        this.companies = new CompanyRepository(database);
        this.automations = automations;
        this.time = new DeliveryClock(clock, sleeper);
        this.owner = node + "/" + UUID.randomUUID();
        this.listener = listener;
    }

    public Automations automations() {
        return automations;
    }

    /** The claim under which a month run stores the triggers it is about to hand to {@link #deliverStored}. */
    public TriggerClaim claim(Instant now) {
        return new TriggerClaim(owner, now.plus(automations.lease()));
    }

    /**
     * Delivers the triggers of assessments just stored with {@link #claim}: built from the assessments
     * and the companies' details, without reading them back.
     */
    public DeliveryCounts deliverStored(List<Assessment> stored, Instant storedAt) {
        List<Assessment> emitting = stored.stream().filter(assessment -> !assessment.triggers().isEmpty()).toList();
        if (emitting.isEmpty()) {
            return DeliveryCounts.NONE;
        }
        Map<CompanyId, Company> details = companies.find(emitting.stream().map(Assessment::company).toList());
        List<OutboxEntry> entries = new ArrayList<>();
        for (Assessment assessment : emitting) {
            Company company = details.getOrDefault(assessment.company(), Company.known(assessment.company()));
            for (EmittedTrigger trigger : EmittedTrigger.of(assessment, storedAt)) {
                entries.add(new OutboxEntry(trigger, company, assessment.drivers(), DeliveryStatus.PENDING, 0, null,
                        null, null, null, 0, null));
            }
        }
        return pass(time.instant()).deliverClaimed(entries);
    }

    /** Delivers triggers just stored (those another dispatcher has not taken meanwhile). */
    public DeliveryCounts deliver(List<EmittedTrigger> emitted) {
        if (emitted.isEmpty()) {
            return DeliveryCounts.NONE;
        }
        DeliveryCounts counts = DeliveryCounts.NONE;
        for (YearMonth month : emitted.stream().map(EmittedTrigger::month).distinct().toList()) {
            Set<String> ids = new LinkedHashSet<>();
            Set<CompanyId> companies = new LinkedHashSet<>();
            emitted.stream().filter(trigger -> trigger.month().equals(month)).forEach(trigger -> {
                ids.add(trigger.id());
                companies.add(trigger.company());
            });
            Instant now = time.instant();
            List<OutboxEntry> entries = queries.of(month, companies).stream()
                    .filter(entry -> ids.contains(entry.id()) && entry.status() == DeliveryStatus.PENDING).toList();
            counts = counts.plus(pass(now).deliver(entries));
        }
        return counts;
    }

    /**
     * Frees the claims of a shard's earlier attempt, whose worker died or failed, so that its stored triggers are
     * delivered now rather than when the claims run out.
     */
    public int releaseClaims(YearMonth month, CompanyRange range) {
        return outbox.release(month, range, owner);
    }

    /**
     * Frees every claim another process holds: on the embedded store, which one process opens at a time, such a
     * process is gone.
     */
    public int releaseAbandonedClaims() {
        return outbox.release(null, null, owner);
    }

    /** Delivers every trigger due now, page by page, until none is left. */
    public DeliveryCounts deliverDue() {
        Instant now = time.instant();
        return drain(now, () -> queries.due(now, PAGE));
    }

    /** Delivers the due triggers of one month and range of companies: what a crashed shard left pending. */
    public DeliveryCounts deliverDue(YearMonth month, CompanyRange range) {
        Instant now = time.instant();
        return drain(now, () -> queries.due(month, range, now, PAGE));
    }

    /**
     * Delivers what is due, then waits for retries that fall due within the automations' wait and delivers them
     * too. What is still pending after that is left for {@code serve} or the next command; the counts' number
     * waiting to retry is how many triggers the outbox holds pending then.
     */
    public DeliveryCounts settle() {
        Instant deadline = time.instant().plus(automations.settle());
        DeliveryCounts counts = deliverDue();
        Instant next = outbox.nextAttempt();
        while (next != null && !next.isAfter(deadline)) {
            LOG.info("waiting until {} to retry triggers whose delivery failed", next);
            time.sleepUntil(next);
            DeliveryCounts retried = deliverDue();
            counts = counts.plus(retried);
            Instant after = outbox.nextAttempt();
            if (retried.total() == 0 && next.equals(after)) {
                break; // held by another dispatcher: it delivers them
            }
            next = after;
        }
        long pending = outbox.pending();
        return new DeliveryCounts(counts.sent(), (int) pending, counts.dead(), counts.off());
    }

    private DeliveryCounts drain(Instant now, Supplier<List<OutboxEntry>> page) {
        DeliveryPass pass = pass(now);
        DeliveryCounts counts = DeliveryCounts.NONE;
        for (List<OutboxEntry> entries = page.get(); !entries.isEmpty(); entries = page.get()) {
            DeliveryCounts delivered = pass.deliver(entries);
            counts = counts.plus(delivered);
            if (delivered.total() == 0) {
                break; // every entry of the page was taken by another dispatcher meanwhile
            }
        }
        return counts;
    }

    private DeliveryPass pass(Instant now) {
        return new DeliveryPass(database, automations, owner, now, time, listener);
    }

    /** Sends one trigger again on purpose, marked as a replay, and records it; says how it went. */
    public DeliveryOutcome replay(OutboxEntry entry) {
        Route route = automations.route(entry.trigger().name());
        if (!route.enabled()) {
            throw new IllegalStateException(entry.id() + ": its automation is off in " + automations.source()
                    + "; switch it on to replay it");
        }
        Channel channel = automations.channel(route.channel());
        TriggerEvent event = new TriggerEvent(entry.trigger(), entry.company(), entry.drivers(),
                entry.attempts() + entry.replays() + 1, true);
        DeliveryOutcome outcome = DeliveryPass.attempt(channel, event, route);
        outbox.recordReplay(entry.key(), channel.name(), outcome instanceof DeliveryOutcome.Sent, time.instant());
        LOG.info("replayed {} through {}: {}", entry.id(), channel.name(), outcome);
        return outcome;
    }
}
