package io.healthscore.cli;

import io.healthscore.views.AssessmentJson;
import io.healthscore.run.ProvisionalScoring;
import io.healthscore.run.RunSummary;
import io.healthscore.scoring.MonthToDate;
import io.healthscore.views.ProvisionalJson;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, description = {
        "Score every company for a month and emit the triggers.",
        "Scores every known company for the month, stores the assessments, and emits and delivers the triggers."
                + " Re-running a month replaces its assessments and never emits a trigger twice.",
        "With --provisional, scores the current month to date on its complete weeks instead, stored apart from the"
                + " month's assessments; only the triggers of rules that declare @early are emitted."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The month to score (required without --provisional).")
    YearMonth month;

    @Option(names = "--provisional", description = "Score the current month to date, on the weeks of it that are"
            + " complete (a week is complete once its Sunday has passed).")
    boolean provisional;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption output;

    @Option(names = "--summary", description = "Print only the summary, not a row per company.")
    boolean summaryOnly;

    private final Cli cli;

    RunCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (provisional == (month != null)) {
            throw new ParameterException(spec.commandLine(), provisional
                    ? "--month and --provisional cannot be combined: --provisional scores the current month to date"
                    : "Missing required option: '--month=YYYY-MM' (or --provisional for the current month to date)");
        }
        if (provisional) {
            return toDate();
        }
        try (Workspace workspace = cli.workspace(options)) {
            workspace.open();
            AssessmentTable table = new AssessmentTable(cli.out());
            if (!output.json && !summaryOnly) {
                table.header();
            }
            RunSummary summary = workspace.monthScoring().run(month, workspace.rules(), cli.err(), assessment -> {
                if (output.json) {
                    cli.out().println(AssessmentJson.line(assessment));
                } else if (!summaryOnly) {
                    table.row(assessment);
                }
            });
            if (output.json) {
                cli.err().println(AssessmentTable.delivery(summary.delivery(), workspace.triggersFile().toString()));
            } else {
                table.summary(summary, workspace.triggersFile().toString());
            }
            return ExitCode.OK;
        }
    }

    private int toDate() {
        try (Workspace workspace = cli.workspace(options)) {
            workspace.open();
            ProvisionalScoring scoring = workspace.provisionalScoring();
            MonthToDate toDate = scoring.toDate();
            ProvisionalJson mark = toDate.started()
                    ? new ProvisionalJson(toDate.completeWeeks().size(), toDate.weeksInMonth()) : null;
            AssessmentTable table = new AssessmentTable(cli.out());
            if (toDate.started() && !output.json && !summaryOnly) {
                cli.out().println("provisional " + toDate.month() + " to date: " + toDate.describe());
                table.header();
            }
            Optional<RunSummary> summary = scoring.run(workspace.rules(), cli.err(), assessment -> {
                if (output.json) {
                    cli.out().println(AssessmentJson.line(assessment, mark));
                } else if (!summaryOnly) {
                    table.row(assessment);
                }
            });
            if (summary.isEmpty()) {
                cli.err().println("healthscore: no week of " + toDate.month() + " is complete yet (a week is complete"
                        + " once its Sunday has passed); nothing was scored");
            } else if (output.json) {
                cli.err().println(AssessmentTable.delivery(summary.get().delivery(), workspace.triggersFile().toString()));
            } else {
                table.summary(summary.get(), workspace.triggersFile().toString());
            }
            return ExitCode.OK;
        }
    }
}
