package io.healthscore.whatif;

import io.healthscore.HealthscoreException;
import io.healthscore.Progress;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.BandScore;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.company.CompanyId;
import io.healthscore.rules.RuleFailureException;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.HistoryDepth;
import io.healthscore.store.MonthInputReader;
import io.healthscore.store.StoredBandsRepository;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Re-scores one month on both sides: the month's inputs are read in company order and scored in parallel
 * batches; the reading thread tallies the batches in input order and keeps each side's result for the next month.
 */
final class MonthRescoring {
    private static final int BATCH = 1_000;

    private final MonthInputReader inputs;
    private final StoredBandsRepository storedBands;
    private final Scorer inForce;
    private final Scorer candidate;
    private final ExecutorService pool;
    private final int window;
    private final BiConsumer<Assessment, Assessment> pairs;
    private final Deque<Batch> pending = new ArrayDeque<>();
    private Map<CompanyId, BandScore> stored;
    private Map<CompanyId, SimulatedMonth.Side> inForceNext;
    private Map<CompanyId, SimulatedMonth.Side> candidateNext;
    private SimulatedMonth before;
    private int depth;
    private boolean cooldowns;

    MonthRescoring(MonthInputReader inputs, StoredBandsRepository storedBands, Scorer inForce, Scorer candidate,
            ExecutorService pool, int threads, BiConsumer<Assessment, Assessment> pairs) {
        this.inputs = inputs;
        this.storedBands = storedBands;
        this.inForce = inForce;
        this.candidate = candidate;
        this.pool = pool;
        this.window = threads * 2;
        this.pairs = pairs;
    }

    /** Scores every known company's month with both rule sets, each after its own month before; tallies them. */
    SimulatedMonth rescore(YearMonth month, SimulatedMonth before, WhatIfTally tally, Progress progress) {
        stored = storedBands.of(month);
        inForceNext = new HashMap<>();
        candidateNext = new HashMap<>();
        this.before = before;
        HistoryDepth history = HistoryDepth.of(inForce.rules()).max(HistoryDepth.of(candidate.rules()));
        depth = history.months();
        cooldowns = history.cooldownMonths() > 1;
        List<CompanyMonth> batch = new ArrayList<>(BATCH);
        inputs.read(month, history, input -> {
            batch.add(input);
            if (batch.size() == BATCH) {
                submit(List.copyOf(batch), before);
                batch.clear();
                tallyDone(window, tally, progress);
            }
        });
        if (!batch.isEmpty()) {
            submit(List.copyOf(batch), before);
        }
        tallyDone(0, tally, progress);
        tally.companies(inForceNext.size());
        return new SimulatedMonth(inForceNext, candidateNext);
    }

    /** Each side of a batch is a task of its own: a small store still keeps two cores busy. */
    private void submit(List<CompanyMonth> batch, SimulatedMonth before) {
        pending.add(new Batch(side(inForce, "rules in force", batch, before::forInForce),
                side(candidate, "candidate rules", batch, before::forCandidate)));
    }

    private Future<List<Assessment>> side(Scorer scorer, String side, List<CompanyMonth> batch,
            UnaryOperator<CompanyMonth> withPrevious) {
        return pool.submit(() -> batch.stream().map(input -> score(scorer, side, withPrevious.apply(input))).toList());
    }

    private static Assessment score(Scorer scorer, String side, CompanyMonth input) {
        try {
            return scorer.score(input);
        } catch (RuleFailureException e) {
            throw new RuleFailureException(side + " " + scorer.rulesHash().substring(0, 12) + ": " + e.getMessage(), e);
        }
    }

    /** Tallies finished batches, oldest first, until at most {@code keep} are pending. */
    private void tallyDone(int keep, WhatIfTally tally, Progress progress) {
        while (pending.size() > keep) {
            Batch batch = pending.poll();
            List<Assessment> inForceDone = await(batch.inForce());
            List<Assessment> candidateDone = await(batch.candidate());
            for (int index = 0; index < inForceDone.size(); index++) {
                Assessment baseline = inForceDone.get(index);
                Assessment proposed = candidateDone.get(index);
                tally.add(baseline, proposed, stored.get(baseline.company()));
                pairs.accept(baseline, proposed);
                inForceNext.put(baseline.company(),
                        SimulatedMonth.Side.after(before.inForce(baseline.company()), baseline, depth, cooldowns));
                candidateNext.put(proposed.company(),
                        SimulatedMonth.Side.after(before.candidate(proposed.company()), proposed, depth, cooldowns));
            }
            progress.update(tally.assessments());
        }
    }

    private static List<Assessment> await(Future<List<Assessment>> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HealthscoreException("what-if was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new HealthscoreException("what-if failed: " + e.getCause(), e.getCause());
        }
    }

    /** One batch of company-months as each side is scoring it, in the same order. */
    private record Batch(Future<List<Assessment>> inForce, Future<List<Assessment>> candidate) {
    }
}
