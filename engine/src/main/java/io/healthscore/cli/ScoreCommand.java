package io.healthscore.cli;

import io.healthscore.views.AssessmentJson;
import io.healthscore.assessment.Assessment;
import io.healthscore.automation.DeliveryCounts;
import io.healthscore.company.CompanyId;
import io.healthscore.scoring.CompanyScoring;
import io.healthscore.scoring.MonthToDate;
import io.healthscore.store.ProvisionalRepository;
import io.healthscore.views.ProvisionalJson;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true, description = {
        "Re-score one company on demand and store the assessment.",
        "Scores the month given, or the last complete month, and emits and delivers the triggers of the assessment.",
        "With --provisional, scores the current month to date on its complete weeks instead, stored apart from the"
                + " month's assessment; only the triggers of rules that declare @early are emitted."})
final class ScoreCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ScoreCommand.class);

    @Mixin
    StoreOptions options;

    @Mixin
    CompanyParameter company;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The month to score (default: the last complete month).")
    YearMonth month;

    @Option(names = "--provisional", description = "Score the current month to date, on the weeks of it that are"
            + " complete (a week is complete once its Sunday has passed).")
    boolean provisional;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption output;

    private final Cli cli;

    ScoreCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CompanyId id = company.id();
        if (provisional && month != null) {
            throw new ParameterException(spec.commandLine(),
                    "--month and --provisional cannot be combined: --provisional scores the current month to date");
        }
        try (Workspace workspace = cli.workspace(options)) {
            workspace.open();
            if (provisional) {
                return toDate(workspace, id);
            }
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

    private int toDate(Workspace workspace, CompanyId id) {
        MonthToDate toDate = MonthToDate.at(workspace.clock());
        if (!toDate.started()) {
            cli.err().println("healthscore: no week of " + toDate.month() + " is complete yet (a week is complete once"
                    + " its Sunday has passed); nothing was scored");
            return ExitCode.FAILURE;
        }
        Assessment assessment = CompanyScoring.on(workspace.store(), workspace.rules(), workspace.clock())
                .scoreToDate(id, toDate, new ProvisionalRepository(workspace.store()));
        DeliveryCounts delivery = workspace.dispatcher().settle();
        LOG.info("score {} {} to date ({}): {} {} ({} early triggers emitted; delivery: {}; rules {})", id,
                toDate.month(), toDate.describe(), assessment.band(), assessment.score(), assessment.triggers().size(),
                delivery, workspace.rules().shortHash());
        String deliveryLine = AssessmentTable.delivery(delivery, workspace.triggersFile().toString());
        if (output.json) {
            cli.out().println(AssessmentJson.line(assessment,
                    new ProvisionalJson(toDate.completeWeeks().size(), toDate.weeksInMonth())));
            cli.err().println(deliveryLine);
        } else {
            cli.out().println("provisional " + toDate.month() + " to date: " + toDate.describe());
            AssessmentTable table = new AssessmentTable(cli.out());
            table.header();
            table.row(assessment);
            cli.out().println(deliveryLine);
        }
        return ExitCode.OK;
    }
}
