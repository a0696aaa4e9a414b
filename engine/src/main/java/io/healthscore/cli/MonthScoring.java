package io.healthscore.cli;

import io.healthscore.assessment.Assessment;
import io.healthscore.automation.TriggerFileChannel;
import io.healthscore.progress.Progress;
import io.healthscore.scoring.MonthRun;
import io.healthscore.scoring.RunSummary;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.AssessmentRepository;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.EmittedTrigger;
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
            TriggerFileChannel channel = workspace.triggerChannel();
            int delivered = channel.deliverPending();
            int[] deliveredNow = {0};
            RunSummary summary = run.run(runId, month, new Progress(cli.err(), workspace.clock(), "scored", total),
                    (assessments, storedAt) -> {
                        assessments.forEach(each);
                        deliveredNow[0] += channel.deliver(assessments.stream()
                                .flatMap(assessment -> EmittedTrigger.of(assessment, storedAt).stream()).toList());
                    });
            summary = summary.withDelivered(delivered + deliveredNow[0]);
            LOG.info("run {} of {} finished in {} ms: {} companies, bands {}, {} triggers emitted {}, {} delivered, rules {}",
                    runId, month, summary.duration().toMillis(), summary.companies(), summary.bands(),
                    summary.triggersEmitted(), summary.triggers(), summary.delivered(), summary.rulesHash());
            return summary;
        } finally {
            MDC.remove("run");
        }
    }
}
