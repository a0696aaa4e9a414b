package io.healthscore.run;

import io.healthscore.NodeName;
import io.healthscore.Progress;
import io.healthscore.assessment.Assessment;
import io.healthscore.automation.DeliveryCounts;
import io.healthscore.automation.Dispatcher;
import io.healthscore.manual.CompanyReadModel;
import io.healthscore.rules.RuleSet;
import io.healthscore.scoring.MonthToDate;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.Database;
import io.healthscore.store.MonthInputReader;
import io.healthscore.store.ProvisionalRepository;
import io.healthscore.store.RuleFileRepository;
import io.healthscore.store.ShardRepository;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Scores the current month to date, as {@code run --provisional} and the weekly schedule of {@code serve} do: every
 * company on the month's complete weeks, in the batches of a month run, stored apart from the assessments. Only the
 * triggers of rules that declare {@code @early} are emitted, and delivered right after. Each run is recorded in the
 * runs, of kind provisional.
 */
public final class ProvisionalScoring {
    private static final Logger LOG = LoggerFactory.getLogger(ProvisionalScoring.class);

    private final Database store;
    private final Clock clock;
    private final Supplier<Dispatcher> dispatcher;
    private final int threads;

    public ProvisionalScoring(Database store, Clock clock, Supplier<Dispatcher> dispatcher, int threads) {
        this.store = store;
        this.clock = clock;
        this.dispatcher = dispatcher;
        this.threads = threads;
    }

    /** The month to date by the clock. */
    public MonthToDate toDate() {
        return MonthToDate.at(clock);
    }

    /**
     * Scores the month to date with {@code rules} and hands each score on; empty when no week of the month is
     * complete yet.
     */
    public Optional<RunSummary> run(RuleSet rules, PrintStream err, Consumer<Assessment> each) {
        MonthToDate toDate = toDate();
        if (!toDate.started()) {
            LOG.info("provisional run of {}: no week of the month is complete yet", toDate.month());
            return Optional.empty();
        }
        String node = NodeName.local();
        String runId = new RunPlanner(store, clock, node).provisional(toDate.month(), rules.hash());
        MDC.put("run", runId);
        try {
            Dispatcher dispatcher = this.dispatcher.get();
            ShardRepository shards = new ShardRepository(store);
            ShardWork work = shards.claim(runId, 0, node, clock.instant()).orElseThrow();
            long total = new CompanyReadModel(store).count();
            LOG.info("run {} of {} to date started: {}, {} companies, rules {}", runId, toDate.month(),
                    toDate.describe(), total, rules.shortHash());
            try (ShardHeartbeat heartbeat = ShardHeartbeat.start(shards, work, clock)) {
                RunSummary summary = score(toDate, runId, rules, err, each, dispatcher, total);
                shards.finish(work, ShardRunner.counts(summary), clock.instant());
                LOG.info("run {} of {} to date finished in {} ms: {} companies, bands {}, {} early triggers emitted {},"
                        + " {} held back by a cooldown {}, delivery: {}", runId, toDate.month(),
                        summary.duration().toMillis(), summary.companies(), summary.bands(), summary.triggersEmitted(),
                        summary.triggers(), summary.triggersSuppressed(), summary.suppressed(), summary.delivery());
                return Optional.of(summary);
            } catch (RuntimeException e) {
                shards.fail(work, String.valueOf(e.getMessage()), clock.instant());
                throw e;
            }
        } finally {
            MDC.remove("run");
        }
    }

    private RunSummary score(MonthToDate toDate, String runId, RuleSet rules, PrintStream err, Consumer<Assessment> each,
            Dispatcher dispatcher, long total) {
        new RuleFileRepository(store).record(rules, clock.instant());
        DeliveryCounts[] delivered = {DeliveryCounts.NONE};
        MonthRun run = MonthRun.toDate(toDate, new MonthInputReader(store), new ProvisionalRepository(store),
                new Scorer(rules), clock, threads, dispatcher::claim);
        RunSummary summary = run.run(runId, toDate.month(), new Progress(err, clock, "scored", total),
                (scores, storedAt) -> {
                    scores.forEach(each);
                    delivered[0] = delivered[0].plus(dispatcher.deliverStored(scores, storedAt));
                });
        return summary.withDelivered(delivered[0].then(dispatcher.settle()));
    }
}
