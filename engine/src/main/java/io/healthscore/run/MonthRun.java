package io.healthscore.run;

import io.healthscore.DaemonThreads;
import io.healthscore.HealthscoreException;
import io.healthscore.Progress;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.automation.DeliveryCounts;
import io.healthscore.company.CompanyRange;
import io.healthscore.scoring.MonthToDate;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.AssessmentRepository;
import io.healthscore.store.HistoryDepth;
import io.healthscore.store.MonthInputReader;
import io.healthscore.store.ProvisionalRepository;
import io.healthscore.store.TriggerClaim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores every known company for one month: one thread streams the inputs, a pool scores batches in
 * parallel, and the caller's thread stores them in input order, each batch with its triggers in one transaction.
 */
public final class MonthRun {
    private static final Logger LOG = LoggerFactory.getLogger(MonthRun.class);
    private static final int BATCH = 1_000;
    /** Far above the time one batch takes to score, which is all a stopped pool may still be doing. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final Future<List<Assessment>> END = CompletableFuture.completedFuture(List.of());

    private final MonthInputReader inputs;
    private final AssessmentRepository assessments;
    private final Scorer scorer;
    private final Clock clock;
    private final int threads;
    private final Function<Instant, TriggerClaim> claims;
    private final MonthToDate toDate;
    private final ProvisionalRepository provisional;

    /**
     * {@code claims} gives the claim under which each batch's triggers are stored, for the dispatcher that
     * delivers them right after (null: stored unclaimed).
     */
    public MonthRun(MonthInputReader inputs, AssessmentRepository assessments, Scorer scorer, Clock clock, int threads,
            Function<Instant, TriggerClaim> claims) {
        this(inputs, assessments, scorer, clock, threads, claims, null, null);
    }

    private MonthRun(MonthInputReader inputs, AssessmentRepository assessments, Scorer scorer, Clock clock, int threads,
            Function<Instant, TriggerClaim> claims, MonthToDate toDate, ProvisionalRepository provisional) {
        this.toDate = toDate;
        this.provisional = provisional;
        this.inputs = inputs;
        this.assessments = assessments;
        this.scorer = scorer;
        this.clock = clock;
        this.threads = threads;
        this.claims = claims;
    }

    /**
     * A run of the month to date: the same batches, each company scored on the complete weeks only and stored as a
     * provisional score, never as the month's assessment.
     */
    public static MonthRun toDate(MonthToDate toDate, MonthInputReader inputs, ProvisionalRepository provisional,
            Scorer scorer, Clock clock, int threads, Function<Instant, TriggerClaim> claims) {
        return new MonthRun(inputs, null, scorer, clock, threads, claims, toDate, provisional);
    }

    /**
     * Scores and stores the month. {@code stored} sees every batch right after its transaction committed, in
     * company order, each assessment with the triggers it emitted, and the time they were stored.
     */
    public RunSummary run(String runId, YearMonth month, Progress progress, BiConsumer<List<Assessment>, Instant> stored) {
        return run(runId, month, CompanyRange.ALL, progress, stored);
    }

    /** As {@link #run(String, YearMonth, Progress, BiConsumer)}, for the companies of one range (a shard). */
    public RunSummary run(String runId, YearMonth month, CompanyRange range, Progress progress,
            BiConsumer<List<Assessment>, Instant> stored) {
        Instant started = clock.instant();
        Map<Band, Long> bands = new EnumMap<>(Band.class);
        Map<String, Long> triggers = new HashMap<>();
        Map<String, Long> suppressed = new HashMap<>();
        long lowConfidence = 0;
        BlockingQueue<Future<List<Assessment>>> scored = new ArrayBlockingQueue<>(threads * 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("healthscore-score"));
        Thread reader = DaemonThreads.named("healthscore-read").newThread(() -> read(month, range, pool, scored));
        reader.start();
        long done = 0;
        try {
            for (Future<List<Assessment>> batch = scored.take(); batch != END; batch = scored.take()) {
                Instant now = clock.instant();
                List<Assessment> saved = save(batch.get(), now);
                for (Assessment assessment : saved) {
                    bands.merge(assessment.band(), 1L, Long::sum);
                    assessment.triggers().forEach(name -> triggers.merge(name, 1L, Long::sum));
                    assessment.explanation().suppressed().keySet().forEach(name -> suppressed.merge(name, 1L, Long::sum));
                    lowConfidence += assessment.explanation().lowConfidenceScore() ? 1 : 0;
                }
                stored.accept(saved, now);
                done += saved.size();
                progress.update(done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HealthscoreException("month run " + month + " was interrupted after " + done + " companies", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        } finally {
            pool.shutdownNow();
            reader.interrupt();
            awaitStopped(month, pool, reader);
        }
        progress.finish(done);
        return new RunSummary(runId, month, done, bands, triggers, DeliveryCounts.NONE, Duration.between(started, clock.instant()),
                scorer.rulesHash(), suppressed, lowConfidence);
    }

    private List<Assessment> save(List<Assessment> batch, Instant now) {
        TriggerClaim claim = claims == null ? null : claims.apply(now);
        return toDate == null ? assessments.save(batch, now, claim)
                : provisional.save(batch, toDate.completeWeeks().size(), toDate.weeksInMonth(), now, claim);
    }

    private void read(YearMonth month, CompanyRange range, ExecutorService pool, BlockingQueue<Future<List<Assessment>>> scored) {
        List<CompanyMonth> batch = new ArrayList<>(BATCH);
        try {
            inputs.read(month, range, HistoryDepth.of(scorer.rules()), input -> {
                batch.add(input);
                if (batch.size() == BATCH) {
                    submit(List.copyOf(batch), pool, scored);
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                submit(List.copyOf(batch), pool, scored);
            }
            put(scored, END);
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) {
                put(scored, CompletableFuture.failedFuture(e));
            }
            // interrupted: the caller stopped taking batches and reports its own failure
        }
    }

    private void submit(List<CompanyMonth> batch, ExecutorService pool, BlockingQueue<Future<List<Assessment>>> scored) {
        put(scored, pool.submit(() -> score(batch)));
    }

    private List<Assessment> score(List<CompanyMonth> batch) {
        List<Assessment> scored = toDate == null ? batch.stream().map(scorer::score).toList()
                : batch.stream().map(input -> scorer.scoreToDate(toDate.complete(input), toDate.fact())).toList();
        LOG.debug("scored {} companies, {} to {}", scored.size(), batch.get(0).company().value(),
                batch.get(batch.size() - 1).company().value());
        return scored;
    }

    /**
     * Waits, even when interrupted, up to {@link #STOP_WAIT} for the reader and the scoring threads to end, so that
     * none outlives the run. Past that it logs a warning and returns: what is left can only be scoring, as
     * storing is done on the caller's thread, so it cannot change the store, and the threads are daemons.
     */
    private static void awaitStopped(YearMonth month, ExecutorService pool, Thread reader) {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        boolean interrupted = false;
        boolean stopped = false;
        while (!stopped && System.nanoTime() < deadline) {
            try {
                long left = deadline - System.nanoTime();
                reader.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                stopped = pool.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)
                        && !reader.isAlive();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (!stopped) {
            LOG.warn("month run {}: scoring threads still busy {} s after the run ended; leaving them to finish",
                    month, STOP_WAIT.toSeconds());
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void put(BlockingQueue<Future<List<Assessment>>> scored, Future<List<Assessment>> batch) {
        try {
            scored.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HealthscoreException("month run stopped while reading", e);
        }
    }

    private static RuntimeException unwrap(ExecutionException e) {
        return e.getCause() instanceof RuntimeException runtime ? runtime
                : new HealthscoreException("month run failed: " + e.getCause(), e.getCause());
    }
}
