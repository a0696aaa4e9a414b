package io.healthscore.cli;

import io.healthscore.views.AssessmentJson;
import io.healthscore.run.RunSummary;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true, description = {
        "Score every company for a month and emit the triggers.",
        "Scores every known company for the month, stores the assessments, and emits and delivers the triggers."
                + " Re-running a month replaces its assessments and never emits a trigger twice."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The month to score.")
    YearMonth month;

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
}
