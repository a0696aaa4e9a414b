package io.healthscore.cli;

import io.healthscore.views.RunJson;
import io.healthscore.run.RunLog;
import io.healthscore.run.RunRecord;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "runs", mixinStandardHelpOptions = true, description = {
        "List the month runs, newest first.",
        "Scheduled runs and runs by hand, with status, shards, counts per band, triggers and rule set. A run whose"
                + " process was killed shows as 'died' until a later run of its month completes it."})
final class RunsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class, description = "Only runs of this month.")
    YearMonth month;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most this many runs (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JsonOption output;

    @Spec
    CommandSpec spec;

    private final Cli cli;

    RunsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        try (Workspace workspace = cli.workspace(options)) {
            List<RunRecord> runs = new RunLog(workspace.store()).list(month, limit, workspace.clock().instant());
            if (output.json) {
                runs.forEach(run -> cli.out().println(RunJson.line(run)));
            } else {
                new RunTable(cli.out()).print(runs);
            }
            return ExitCode.OK;
        }
    }
}
