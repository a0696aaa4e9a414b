package io.healthscore.cli;

import io.healthscore.ingest.IngestReport;
import io.healthscore.run.MonthScoring;
import io.healthscore.run.RunLog;
import io.healthscore.run.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "Run the main job on the sample data.",
        "Ingests samples/ (companies.csv and every metrics-* file), then runs every month that has data, in order,"
                + " printing the last month's table and each month's summary."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "FOLDER", description = "The samples folder (default: ./samples).")
    Path samples = Path.of("samples");

    private final Cli cli;

    DemoCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(samples)) {
            throw new ParameterException(spec.commandLine(), "samples folder " + samples.toAbsolutePath()
                    + " does not exist; run demo from the repository's folder, or give --samples FOLDER");
        }
        List<Path> metrics = metricFiles();
        Path companies = samples.resolve("companies.csv");
        try (Workspace workspace = cli.workspace(options)) {
            workspace.open();
            IngestReport report = IngestCommand.ingest(workspace, List.of(companies), metrics, cli);
            cli.out().println(IngestCommand.summary(report) + " from " + samples);
            report.rejections().forEach(cli.err()::println);
            List<YearMonth> months = new RunLog(workspace.store()).monthsWithData();
            AssessmentTable table = new AssessmentTable(cli.out());
            MonthScoring scoring = workspace.monthScoring();
            for (YearMonth month : months) {
                boolean last = month.equals(months.get(months.size() - 1));
                if (last) {
                    cli.out().printf("%n%s%n", month);
                    table.header();
                }
                RunSummary summary = scoring.run(month, workspace.rules(), cli.err(), assessment -> {
                    if (last) {
                        table.row(assessment);
                    }
                });
                table.summary(summary, workspace.triggersFile().toString());
            }
            return report.rejectedAny() ? ExitCode.REJECTED_INPUT : ExitCode.OK;
        }
    }

    private List<Path> metricFiles() {
        try (Stream<Path> files = Files.list(samples)) {
            return files.filter(file -> file.getFileName().toString().startsWith("metrics-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list samples folder " + samples, e);
        }
    }
}
