package io.healthscore.run;

import io.healthscore.Progress;
import io.healthscore.assessment.Assessment;
import io.healthscore.automation.DeliveryCounts;
import io.healthscore.automation.Dispatcher;
import io.healthscore.rules.RuleSet;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.AssessmentRepository;
import io.healthscore.store.Database;
import io.healthscore.store.MonthInputReader;
import io.healthscore.store.RuleFileRepository;
import io.healthscore.store.RunHistoryRepository;
import io.healthscore.store.ShardRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works one shard of a month run on this node: claims it, delivers what a crashed attempt left pending, scores
 * and stores its companies with their triggers, and records the outcome. Working a shard again is harmless:
 * assessments are replaced and a trigger is never emitted twice.
 */
public final class ShardRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ShardRunner.class);

    private final Database database;
    private final ShardRepository shards;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final int threads;
    private final String node;

    public ShardRunner(Database database, Dispatcher dispatcher, Clock clock, int threads, String node) {
        this.database = database;
        this.shards = new ShardRepository(database);
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.threads = threads;
        this.node = node;
    }

    /** Claims the shard for this node; empty when it is done already. */
    public Optional<ShardWork> claim(String runId, int shard) {
        return shards.claim(runId, shard, node, clock.instant());
    }

    /** Scores the claimed shard with {@code rules}; {@code each} sees every assessment once it is stored. */
    public RunSummary work(ShardWork work, RuleSet rules, Progress progress, Consumer<Assessment> each) {
        try (ShardHeartbeat heartbeat = ShardHeartbeat.start(shards, work, clock)) {
            if (!rules.hash().equals(work.rulesHash())) {
                LOG.warn("shard {} of run {} scores with rules {}: the run started on rules {}, which this node no longer holds",
                        work.shard(), work.runId(), rules.shortHash(), work.rulesHash().substring(0, 12));
            }
            new RuleFileRepository(database).record(rules, clock.instant());
            if (work.attempt() > 1) {
                int freed = dispatcher.releaseClaims(work.month(), work.range());
                if (freed > 0) {
                    LOG.info("shard {} of run {}: freed the claims of an earlier attempt on {} triggers", work.shard(),
                            work.runId(), freed);
                }
            }
            DeliveryCounts left = dispatcher.deliverDue(work.month(), work.range());
            if (left.total() > 0) {
                LOG.info("triggers an earlier attempt at shard {} left pending: {}", work.shard(), left);
            }
            DeliveryCounts[] delivered = {left};
            MonthRun run = new MonthRun(new MonthInputReader(database), new AssessmentRepository(database),
                    new Scorer(rules), clock, threads, dispatcher::claim);
            RunSummary summary = run.run(work.runId(), work.month(), work.range(), progress, (assessments, storedAt) -> {
                assessments.forEach(each);
                delivered[0] = delivered[0].plus(dispatcher.deliverStored(assessments, storedAt));
            }).withDelivered(delivered[0]);
            boolean runDone = shards.finish(work, counts(summary), clock.instant());
            LOG.info("shard {} {} of run {} done: {} companies, bands {}, {} triggers emitted, {} held back by a cooldown,"
                    + " {} low-confidence, {} delivered{}", work.shard(), work.range(), work.runId(), summary.companies(),
                    summary.bands(), summary.triggersEmitted(), summary.triggersSuppressed(), summary.lowConfidence(),
                    summary.delivered(), runDone ? "; run complete" : "");
            if (runDone) {
                logComplete(work);
            }
            return summary;
        } catch (RuntimeException e) {
            shards.fail(work, String.valueOf(e.getMessage()), clock.instant());
            throw e;
        }
    }

    private void logComplete(ShardWork work) {
        new RunHistoryRepository(database).find(work.runId(), clock.instant()).ifPresent(record -> LOG.info(
                "run {} of {} complete: {} shards, {} companies, bands {}, {} triggers emitted, {} delivered, rules {}",
                record.id(), record.month(), record.shards(), record.counts().companies(), record.counts().bands(),
                record.counts().triggers(), record.counts().delivered(), record.rulesHash()));
    }

    static RunCounts counts(RunSummary summary) {
        return new RunCounts(summary.companies(), summary.bands(), summary.triggersEmitted(), summary.delivered());
    }
}
