package io.healthscore.cli;

import io.healthscore.views.AssessmentJson;
import io.healthscore.assessment.Assessment;
import io.healthscore.automation.DeliveryCounts;
import io.healthscore.company.CompanyId;
import io.healthscore.scoring.CompanyScoring;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true, description = {
        "Re-score one company on demand and store the assessment.",
        "Scores the month given, or the last complete month, and emits and delivers the triggers of the assessment."})
final class ScoreCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ScoreCommand.class);

    @Mixin
    StoreOptions options;

    @Mixin
    CompanyParameter company;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The month to score (default: the last complete month).")
    YearMonth month;

    @Mixin
    JsonOption output;

    private final Cli cli;

    ScoreCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CompanyId id = company.id();
        try (Workspace workspace = cli.workspace(options)) {
            workspace.open();
            YearMonth scored = month != null ? month : CompanyScoring.lastCompleteMonth(workspace.clock());
            Assessment assessment = CompanyScoring.on(workspace.store(), workspace.rules(), workspace.clock())
                    .score(id, scored);
            DeliveryCounts delivery = workspace.dispatcher().settle();
            LOG.info("score {} {}: {} {} ({} triggers emitted; delivery: {}; rules {})", id, scored,
                    assessment.band(), assessment.score(), assessment.triggers().size(), delivery,
                    workspace.rules().shortHash());
            String deliveryLine = AssessmentTable.delivery(delivery, workspace.triggersFile().toString());
            if (output.json) {
                cli.out().println(AssessmentJson.line(assessment));
                cli.err().println(deliveryLine);
            } else {
                AssessmentTable table = new AssessmentTable(cli.out());
                table.header();
                table.row(assessment);
                cli.out().println(deliveryLine);
            }
            return ExitCode.OK;
        }
    }
}
