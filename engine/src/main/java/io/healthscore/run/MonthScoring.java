package io.healthscore.run;

import io.healthscore.NodeName;
import io.healthscore.Progress;
import io.healthscore.assessment.Assessment;
import io.healthscore.automation.DeliveryCounts;
import io.healthscore.automation.Dispatcher;
import io.healthscore.manual.CompanyReadModel;
import io.healthscore.rules.RuleSet;
import io.healthscore.store.Database;
import java.io.PrintStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one month by hand, as the run and demo commands do: a recorded run of one shard, worked in this process,
 * which also delivers what earlier runs of any month left pending.
 */
public final class MonthScoring {
    private static final Logger LOG = LoggerFactory.getLogger(MonthScoring.class);

    private final Database store;
    private final Clock clock;
    private final Supplier<Dispatcher> dispatcher;
    private final int threads;

    /** {@code dispatcher} is asked for once the run is planned, so what it logs as it starts carries the run id. */
    public MonthScoring(Database store, Clock clock, Supplier<Dispatcher> dispatcher, int threads) {
        this.store = store;
        this.clock = clock;
        this.dispatcher = dispatcher;
        this.threads = threads;
    }

    /** Scores {@code month} with {@code rules}, showing progress on {@code err}, and hands each assessment on. */
    public RunSummary run(YearMonth month, RuleSet rules, PrintStream err, Consumer<Assessment> each) {
        String node = NodeName.local();
        String runId = new RunPlanner(store, clock, node).manual(month, rules.hash());
        MDC.put("run", runId);
        try {
            Dispatcher dispatcher = this.dispatcher.get();
            ShardRunner runner = new ShardRunner(store, dispatcher, clock, threads, node);
            ShardWork work = runner.claim(runId, 0).orElseThrow();
            long total = new CompanyReadModel(store).count();
            LOG.info("run {} of {} started: {} companies, rules {}", runId, month, total, rules.shortHash());
            // a run by hand also delivers what earlier runs of any month left pending
            DeliveryCounts earlier = dispatcher.deliverDue();
            RunSummary summary = runner.work(work, rules, new Progress(err, clock, "scored", total), each);
            summary = summary.withDelivered(earlier.plus(summary.delivery()).then(dispatcher.settle()));
            LOG.info("run {} of {} finished in {} ms: {} companies, bands {}, {} triggers emitted {}, {} held back by a"
                    + " cooldown {}, {} low-confidence, delivery: {}, rules {}",
                    runId, month, summary.duration().toMillis(), summary.companies(), summary.bands(),
                    summary.triggersEmitted(), summary.triggers(), summary.triggersSuppressed(), summary.suppressed(),
                    summary.lowConfidence(), summary.delivery(), summary.rulesHash());
            return summary;
        } finally {
            MDC.remove("run");
        }
    }
}
