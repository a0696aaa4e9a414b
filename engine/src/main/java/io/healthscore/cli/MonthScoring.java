package io.healthscore.cli;

import io.healthscore.assessment.Assessment;
import io.healthscore.progress.Progress;
import io.healthscore.scoring.MonthRun;
import io.healthscore.scoring.RunSummary;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.AssessmentRepository;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.MonthInputReader;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Runs one month for the run and demo commands: score, store, deliver triggers, log the summary. */
final class MonthScoring {
    private static final Logger LOG = LoggerFactory.getLogger(MonthScoring.class);

    private MonthScoring() {
    }

    static RunSummary run(Workspace workspace, YearMonth month, Cli cli, Consumer<Assessment> each) {
        String runId = month + "-" + UUID.randomUUID().toString().substring(0, 8);
        MDC.put("run", runId);
        try {
            MonthRun run = new MonthRun(new MonthInputReader(workspace.store()),
                    new AssessmentRepository(workspace.store()), new Scorer(workspace.rules()), workspace.clock(),
                    workspace.threads());
            long total = new CompanyRepository(workspace.store()).count();
            LOG.info("run {} of {} started: {} companies, rules {}", runId, month, total, workspace.rules().shortHash());
            RunSummary summary = run.run(runId, month, new Progress(cli.err(), workspace.clock(), "scored", total), each);
            summary = summary.withDelivered(workspace.triggerChannel().deliverPending());
            LOG.info("run {} of {} finished in {} ms: {} companies, bands {}, {} triggers emitted {}, {} delivered, rules {}",
                    runId, month, summary.duration().toMillis(), summary.companies(), summary.bands(),
                    summary.triggersEmitted(), summary.triggers(), summary.delivered(), summary.rulesHash());
            return summary;
        } finally {
            MDC.remove("run");
        }
    }
}
