package io.healthscore.cli;

import io.healthscore.Progress;
import io.healthscore.ingest.IngestReport;
import io.healthscore.ingest.Ingester;
import io.healthscore.ingest.Rejection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = {
        "Validate and store weekly metrics and companies files.",
        "Metrics files are .jsonl, .json or .csv, by extension. Bad records are reported as FILE:LINE: reason and"
                + " skipped; valid ones are stored (exit 3 if any was rejected). Storing a company's week again replaces it."})
final class IngestCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(IngestCommand.class);

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--companies", paramLabel = "FILE",
            description = "A companies file (fields: company, name, owner, contact, segment); may be repeated.")
    List<Path> companyFiles = new ArrayList<>();

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Weekly metrics files.")
    List<Path> files = new ArrayList<>();

    private final Cli cli;

    IngestCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (files.isEmpty() && companyFiles.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "ingest needs at least one FILE (weekly metrics) or --companies FILE");
        }
        List<String> unusable = Ingester.unusable(companyFiles, files);
        if (!unusable.isEmpty()) {
            unusable.forEach(cli.err()::println);
            return ExitCode.USAGE;
        }
        try (Workspace workspace = cli.workspace(options)) {
            IngestReport report = ingest(workspace, companyFiles, files, cli);
            report.rejections().stream().map(Rejection::toString).forEach(cli.err()::println);
            cli.out().println(summary(report));
            LOG.info("ingest: {} weekly records and {} companies stored, {} rejected, from {} files",
                    report.metricsStored(), report.companiesStored(), report.rejections().size(), companyFiles.size() + files.size());
            return report.rejectedAny() ? ExitCode.REJECTED_INPUT : ExitCode.OK;
        }
    }

    static String summary(IngestReport report) {
        return String.format("ingested %,d weekly records and %,d companies-file records; rejected %,d records",
                report.metricsStored(), report.companiesStored(), report.rejections().size());
    }

    static IngestReport ingest(Workspace workspace, List<Path> companyFiles, List<Path> files, Cli cli) {
        Ingester ingester = Ingester.on(workspace.store(), workspace.clock(), workspace.threads());
        return ingester.ingest(companyFiles, files, new Progress(cli.err(), workspace.clock(), "ingested", 0));
    }
}
