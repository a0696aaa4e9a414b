package io.healthscore.cli;

import io.healthscore.calibration.CalibrationJson;
import io.healthscore.calibration.CalibrationReport;
import io.healthscore.calibration.CalibrationSide;
import io.healthscore.calibration.CalibrationText;
import io.healthscore.calibration.Outcome;
import io.healthscore.calibration.Outcomes;
import io.healthscore.calibration.OutcomesFile;
import io.healthscore.calibration.Scored;
import io.healthscore.calibration.Warning;
import io.healthscore.store.CalibrationRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "calibrate", mixinStandardHelpOptions = true, description = {
        "Measure how well the scores foretold churn; writes nothing.",
        "For each band and score decile, the share of assessments whose company churned within the horizon, with a"
                + " Wilson 95%% interval; whether churn falls steadily from AT_RISK to THRIVING; the AUC of the score;"
                + " the lead time from the first AT_RISK to churn; the same per segment. Outcomes are the store's churn"
                + " marks and an --outcomes file. Bad outcome lines are reported as FILE:LINE: field: problem and"
                + " skipped (exit 3)."})
final class CalibrateCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CalibrateCommand.class);
    static final int DEFAULT_HORIZON = 3;

    enum Format { text, json, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The first assessed month to measure (default: the first assessed month).")
    YearMonth from;

    @Option(names = "--to", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The last assessed month to measure (default: the latest assessed month).")
    YearMonth to;

    @Option(names = "--horizon", paramLabel = "N", description = "An assessment counts as churned when its company"
            + " churned in the assessed month or the N months after it (default: " + DEFAULT_HORIZON + ").")
    int horizon = DEFAULT_HORIZON;

    @Option(names = "--outcomes", paramLabel = "FILE",
            description = "An outcomes file, .csv (header company,date,outcome) or .jsonl; outcome is churned or renewed.")
    Path outcomesFile;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or html.")
    Format format = Format.text;

    @Option(names = "--rules", paramLabel = "CANDIDATE", description = "Candidate rules, a folder of .drl files: every"
            + " figure for them beside the rules in force, both re-scoring the stored months read-only as what-if does.")
    Path candidate;

    @Option(names = "--in-force", paramLabel = "FOLDER", defaultValue = "${env:HEALTHSCORE_RULES:-" + StoreOptions.RULES_DEFAULT + "}",
            description = "With --rules, the rules in force to compare with (default: $HEALTHSCORE_RULES or ./rules, now ${DEFAULT-VALUE}).")
    Path inForce;

    @Option(names = "--threads", paramLabel = "N", description = "Scoring threads with --rules (default: the number of CPU cores).")
    Integer threads;

    @Option(names = "--store", paramLabel = "FOLDER|JDBC_URL", defaultValue = "${env:HEALTHSCORE_STORE:-./data}",
            description = "Embedded store folder or PostgreSQL JDBC URL, opened read-only"
                    + " (default: $HEALTHSCORE_STORE or ./data).")
    String store;

    @Option(names = {"-v", "--verbose"}, description = "Log progress details and show stack traces of failures.")
    boolean verbose;

    private final Cli cli;

    CalibrateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        validate();
        StoreOptions options = StoreOptions.of(store,
                StoreOptions.rulesFolder(inForce, StoreOptions.given(spec, "--in-force")), threads, verbose);
        try (Workspace workspace = cli.workspace(options)) {
            CalibrationRepository repository = new CalibrationRepository(workspace.readOnlyStore());
            CalibrationRepository.Span span = repository.span().orElse(null);
            if (span == null) {
                cli.err().println("healthscore: nothing is scored yet; run 'healthscore run --month YYYY-MM' first");
                return ExitCode.FAILURE;
            }
            YearMonth first = from != null ? from : span.first();
            YearMonth last = to != null ? to : span.last();
            if (first.isAfter(last)) {
                throw usage("--from " + first + " is after --to " + last + "; accepted: --from up to --to");
            }
            OutcomesFile.Read read = outcomesFile == null ? new OutcomesFile.Read(List.of(), List.of())
                    : OutcomesFile.read(outcomesFile, repository.companies());
            read.rejections().forEach(cli.err()::println);
            Outcomes outcomes = new Outcomes(repository.churns(), read.outcomes(), span.last(), horizon);
            List<Scored> stored = repository.assessed(first, last).stream()
                    .map(row -> new Scored(row.company(), row.segment(), row.month(), row.score(), row.band()))
                    .toList();
            CalibrationReport report = candidate == null
                    ? new CalibrationReport(first, last, horizon, span.last(), read.outcomes().size(),
                            CalibrationSide.of("stored assessments", stored, warnings(repository, first, last, outcomes),
                                    outcomes), null)
                    : CandidateCalibration.compare(workspace, candidate, repository, first, last, outcomes, cli)
                            .report(first, last, horizon, span.last(), read.outcomes().size());
            String text = switch (format) {
                case text -> CalibrationText.render(report);
                case json -> CalibrationJson.render(report);
                case html -> io.healthscore.calibration.CalibrationHtml.render(report);
            };
            cli.out().print(text.endsWith("\n") ? text : text + "\n");
            LOG.info("calibrate {}..{} horizon {}: {} assessments, {} churned, {} not churned, {} censored;"
                            + " {} outcomes read, {} rejected", first, last, horizon, report.inForce().all().assessments(),
                    report.inForce().all().churned(), report.inForce().all().notChurned(),
                    report.inForce().all().censored(), read.outcomes().size(), read.rejections().size());
            return read.rejections().isEmpty() ? ExitCode.OK : ExitCode.REJECTED_INPUT;
        }
    }

    /** The first AT_RISK provisional score of each company that churned, for the lead times. */
    private static List<Warning> warnings(CalibrationRepository repository, YearMonth first, YearMonth last,
            Outcomes outcomes) {
        return repository.firstProvisionalAtRisk(first, last, outcomes::churned).values().stream()
                .map(scored -> new Warning(scored.company(), scored.segment(), scored.month())).toList();
    }

    private void validate() {
        if (horizon < 1 || horizon > 36) {
            throw usage("--horizon " + horizon + ": accepted: 1 to 36 months");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw usage("--from " + from + " is after --to " + to + "; accepted: --from up to --to");
        }
        if (threads != null && threads < 1) {
            throw usage("--threads " + threads + " is not a number of threads; accepted: 1 or more");
        }
        if (candidate != null && !Files.isDirectory(candidate)) {
            throw usage("--rules " + candidate + ": no such folder; accepted: a folder of .drl rule files, the candidate rules");
        }
        if (outcomesFile != null) {
            if (!Files.isRegularFile(outcomesFile)) {
                throw usage("--outcomes " + outcomesFile + ": no such file; accepted: a .csv or .jsonl outcomes file");
            }
            if (!OutcomesFile.readable(outcomesFile)) {
                throw usage("--outcomes " + outcomesFile + ": unknown format; accepted: a .csv or .jsonl outcomes file");
            }
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
