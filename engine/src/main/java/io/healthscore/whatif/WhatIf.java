package io.healthscore.whatif;

import io.healthscore.DaemonThreads;
import io.healthscore.Progress;
import io.healthscore.assessment.Assessment;
import io.healthscore.rules.RuleSet;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.Database;
import io.healthscore.store.MonthInputReader;
import io.healthscore.store.StoredBandsRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-scores stored history with the rules in force and with candidate rules, side by side, and stores nothing:
 * which company-months would change band or score, and how often each trigger would fire on either side.
 * Month after month, each side's assessments are the previous assessments of its own next month.
 */
public final class WhatIf {
    private static final Logger LOG = LoggerFactory.getLogger(WhatIf.class);

    private final MonthInputReader inputs;
    private final StoredBandsRepository stored;
    private final Scorer inForce;
    private final Scorer candidate;
    private final Clock clock;
    private final int threads;

    public WhatIf(MonthInputReader inputs, StoredBandsRepository stored, Scorer inForce, Scorer candidate,
            Clock clock, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        this.inputs = inputs;
        this.stored = stored;
        this.inForce = inForce;
        this.candidate = candidate;
        this.clock = clock;
        this.threads = threads;
    }

    /** On the store (read only), comparing the rules in force with the candidate rules. */
    public static WhatIf on(Database database, RuleSet inForce, RuleSet candidate, Clock clock, int threads) {
        return new WhatIf(new MonthInputReader(database), new StoredBandsRepository(database), new Scorer(inForce),
                new Scorer(candidate), clock, threads);
    }

    /**
     * As {@link #on}, re-scoring churned companies too for the months up to their churn month: what the calibration
     * report compares with the churn that followed.
     */
    public static WhatIf withChurned(Database database, RuleSet inForce, RuleSet candidate, Clock clock, int threads) {
        return new WhatIf(MonthInputReader.withChurnedUntilTheirChurn(database), new StoredBandsRepository(database),
                new Scorer(inForce), new Scorer(candidate), clock, threads);
    }

    /** Compares the months {@code from} to {@code to}, both included, in order. */
    public WhatIfReport compare(YearMonth from, YearMonth to, Progress progress) {
        return compare(from, to, progress, (inForceAssessment, candidateAssessment) -> { });
    }

    /**
     * As {@link #compare(YearMonth, YearMonth, Progress)}, handing each re-scored pair (rules in force, candidate)
     * of a company-month to {@code pairs}, on the calling thread, month after month.
     */
    public WhatIfReport compare(YearMonth from, YearMonth to, Progress progress,
            BiConsumer<Assessment, Assessment> pairs) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to + "; from must not be after to");
        }
        Instant started = clock.instant();
        WhatIfTally tally = new WhatIfTally();
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("healthscore-what-if"));
        try {
            MonthRescoring rescoring = new MonthRescoring(inputs, stored, inForce, candidate, pool, threads, pairs);
            SimulatedMonth before = SimulatedMonth.STORED;
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                long done = tally.assessments();
                before = rescoring.rescore(month, before, tally, progress);
                LOG.debug("what-if {}: {} companies re-scored", month, tally.assessments() - done);
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish(tally.assessments());
        return tally.report(from, to, inForce.rulesHash(), candidate.rulesHash(),
                Duration.between(started, clock.instant()));
    }
}
