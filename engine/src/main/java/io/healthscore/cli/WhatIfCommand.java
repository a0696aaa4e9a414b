package io.healthscore.cli;

import io.healthscore.Progress;
import io.healthscore.manual.CompanyReadModel;
import io.healthscore.whatif.WhatIf;
import io.healthscore.whatif.WhatIfReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "what-if", mixinStandardHelpOptions = true, description = {
        "Compare candidate rules with the rules in force; writes nothing.",
        "Re-scores stored months with both and shows which companies would change band in which month, and how often"
                + " each trigger would fire on either side."})
final class WhatIfCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(WhatIfCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", required = true, paramLabel = "FOLDER",
            description = "The candidate rules: a folder of .drl files.")
    Path candidate;

    @Option(names = "--in-force", paramLabel = "FOLDER", defaultValue = "${env:HEALTHSCORE_RULES:-" + StoreOptions.RULES_DEFAULT + "}",
            description = "The rules in force to compare with (default: $HEALTHSCORE_RULES or ./rules, now ${DEFAULT-VALUE}).")
    Path inForce;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The first month to re-score.")
    YearMonth from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The last month to re-score (not before --from).")
    YearMonth to;

    @Mixin
    JsonOption output;

    @Option(names = "--store", paramLabel = "FOLDER|JDBC_URL", defaultValue = "${env:HEALTHSCORE_STORE:-./data}",
            description = "Embedded store folder or PostgreSQL JDBC URL, opened read-only"
                    + " (default: $HEALTHSCORE_STORE or ./data).")
    String store;

    @Option(names = "--threads", paramLabel = "N", description = "Scoring threads (default: the number of CPU cores).")
    Integer threads;

    @Option(names = {"-v", "--verbose"}, description = "Log progress details and show stack traces of failures.")
    boolean verbose;

    private final Cli cli;

    WhatIfCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        boolean inForceGiven = StoreOptions.given(spec, "--in-force");
        StoreOptions options = StoreOptions.of(store, StoreOptions.rulesFolder(inForce, inForceGiven), threads, verbose);
        validate(options.rulesOrDefault(), inForceGiven);
        try (Workspace workspace = cli.workspace(options);
             WhatIfRules rules = WhatIfRules.open(workspace, candidate, cli.err())) {
            long companies = new CompanyReadModel(workspace.store()).count();
            long months = ChronoUnit.MONTHS.between(from, to) + 1;
            WhatIf whatIf = WhatIf.on(workspace.store(), rules.inForce(), rules.candidate(), workspace.clock(),
                    workspace.threads());
            WhatIfReport report = whatIf.compare(from, to,
                    new Progress(cli.err(), workspace.clock(), "re-scored", companies * months));
            log(report, workspace.rulesFolder());
            if (output.json) {
                cli.out().println(WhatIfJson.object(report, candidate, workspace.rulesFolder()));
            } else {
                new WhatIfTable(cli.out()).print(report, candidate, workspace.rulesFolder());
            }
            return ExitCode.OK;
        }
    }

    private void validate(Path inForceFolder, boolean inForceGiven) {
        if (from.isAfter(to)) {
            throw usage("--from " + from + " is after --to " + to + "; accepted: --from up to --to, e.g. --from "
                    + to + " --to " + from);
        }
        if (threads != null && threads < 1) {
            throw usage("--threads " + threads + " is not a number of threads; accepted: 1 or more");
        }
        requireRules(candidate, "--rules " + candidate, "the candidate rules");
        if (inForceGiven) {
            requireRules(inForce, "--in-force " + inForce, "the rules in force");
        } else {
            requireRules(inForceFolder, "rules in force " + inForceFolder + " (from $HEALTHSCORE_RULES or ./rules)",
                    "the rules in force; point --in-force at them");
        }
    }

    private void requireRules(Path folder, String given, String accepted) {
        if (!Files.isDirectory(folder)) {
            throw usage(given + ": no such folder; accepted: a folder of .drl rule files, " + accepted);
        }
        try (Stream<Path> files = Files.list(folder)) {
            if (files.noneMatch(file -> file.getFileName().toString().endsWith(".drl"))) {
                throw usage(given + " holds no .drl file; accepted: a folder of .drl rule files, " + accepted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rules folder " + folder, e);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private void log(WhatIfReport report, Path inForceFolder) {
        LOG.info("what-if {}..{}: candidate {} ({}) against rules in force {} ({}) in {} ms: {} assessments of {}"
                        + " companies, {} band changes, {} score changes, triggers {} in force and {} candidate,"
                        + " {} differ from the stored assessments, {} not stored",
                report.from(), report.to(), report.candidateHash().substring(0, 12), candidate,
                report.inForceHash().substring(0, 12), inForceFolder, report.duration().toMillis(),
                report.assessments(), report.companies(), report.bandChanges().size(), report.scoreChanges(),
                report.triggersInForce(), report.triggersCandidate(), report.storedDiffers(), report.notStored());
    }
}
