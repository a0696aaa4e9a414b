package io.healthscore.cli;

import io.healthscore.Progress;
import io.healthscore.assessment.Assessment;
import io.healthscore.automation.DeliveryCounts;
import io.healthscore.automation.Dispatcher;
import io.healthscore.manual.CompanyReadModel;
import io.healthscore.run.NodeName;
import io.healthscore.run.RunPlanner;
import io.healthscore.run.RunSummary;
import io.healthscore.run.ShardRunner;
import io.healthscore.run.ShardWork;
import java.time.YearMonth;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Runs one month by hand for the run and demo commands: a recorded run of one shard, worked in this process. */
final class MonthScoring {
    private static final Logger LOG = LoggerFactory.getLogger(MonthScoring.class);

    private MonthScoring() {
    }

    static RunSummary run(Workspace workspace, YearMonth month, Cli cli, Consumer<Assessment> each) {
        String node = NodeName.local();
        String runId = new RunPlanner(workspace.store(), workspace.clock(), node).manual(month, workspace.rules().hash());
        MDC.put("run", runId);
        try {
            Dispatcher dispatcher = workspace.dispatcher();
            ShardRunner runner = new ShardRunner(workspace.store(), dispatcher, workspace.clock(),
                    workspace.threads(), node);
            ShardWork work = runner.claim(runId, 0).orElseThrow();
            long total = new CompanyReadModel(workspace.store()).count();
            LOG.info("run {} of {} started: {} companies, rules {}", runId, month, total, workspace.rules().shortHash());
            // a run by hand also delivers what earlier runs of any month left pending
            DeliveryCounts earlier = dispatcher.deliverDue();
            RunSummary summary = runner.work(work, workspace.rules(),
                    new Progress(cli.err(), workspace.clock(), "scored", total), each);
            summary = summary.withDelivered(earlier.plus(summary.delivery()).then(dispatcher.settle()));
            LOG.info("run {} of {} finished in {} ms: {} companies, bands {}, {} triggers emitted {}, delivery: {}, rules {}",
                    runId, month, summary.duration().toMillis(), summary.companies(), summary.bands(),
                    summary.triggersEmitted(), summary.triggers(), summary.delivery(), summary.rulesHash());
            return summary;
        } finally {
            MDC.remove("run");
        }
    }
}
