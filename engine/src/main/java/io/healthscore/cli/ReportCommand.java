package io.healthscore.cli;

import io.healthscore.HealthscoreException;
import io.healthscore.report.Portfolio;
import io.healthscore.report.PortfolioReport;
import io.healthscore.report.ReportBuilder;
import io.healthscore.report.ReportHtml;
import io.healthscore.report.ReportJson;
import io.healthscore.report.ReportText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

@Command(name = "report", mixinStandardHelpOptions = true, description = {
        "Print the portfolio report of a month, as text, JSON or HTML.",
        "Companies per band (counts and %%), the health target against the share Healthy + Thriving, movers up and"
                + " down with their drivers, score drops, the at-risk list, manual changes, the Happiness Level mix"
                + " from NPS, and the trend over the last six months. HTML is one self-contained file.",
        "A month scored to date only (run --provisional) says so under the heading and marks each company listed on"
                + " a provisional score; the report of the month before lists the companies that month shows At Risk"
                + " to date as early warnings."})
final class ReportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);
    static final String TARGET_VARIABLE = "HEALTHSCORE_TARGET";
    private static final String DEFAULT_TARGET = "70";

    enum Format { text, json, html }

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The month (default: the latest month run, with assessments; a month scored to date only"
                    + " is reported when named).")
    YearMonth month;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or html.")
    Format format = Format.text;

    @Option(names = "--target", paramLabel = "PCT", defaultValue = "${env:" + TARGET_VARIABLE + ":-" + DEFAULT_TARGET + "}",
            description = "The health target: the share of companies Healthy or Thriving to aim for, 0-100 (default: $"
                    + TARGET_VARIABLE + ", else " + DEFAULT_TARGET + "; now ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--drop", paramLabel = "N", description = "Score drops of at least N points are listed (default: 15).")
    int drop = 15;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    private final Cli cli;

    ReportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        BigDecimal targetPercent = targetPercent();
        if (drop < 1 || drop > 100) {
            throw new ParameterException(spec.commandLine(), "--drop " + drop + ": accepted: 1 to 100 points");
        }
        try (Workspace workspace = cli.workspace(options)) {
            YearMonth reported = month != null ? month
                    : new Portfolio(workspace.readOnlyStore()).latestMonth().orElse(null);
            if (reported == null) {
                cli.err().println("healthscore: nothing is scored yet; run 'healthscore run --month YYYY-MM' first");
                return ExitCode.FAILURE;
            }
            PortfolioReport report = new ReportBuilder(workspace.readOnlyStore(), workspace.clock())
                    .build(reported, targetPercent, drop);
            String text = switch (format) {
                case text -> ReportText.render(report);
                case json -> ReportJson.render(report);
                case html -> ReportHtml.render(report);
            };
            write(text);
            LOG.info("report {} ({}): {} companies, {}% healthy against a target of {}%", reported, format,
                    report.distribution().total(), report.target().actualPercent(), targetPercent);
            return ExitCode.OK;
        }
    }

    private BigDecimal targetPercent() {
        String source = StoreOptions.given(spec, "--target") ? "--target" : "$" + TARGET_VARIABLE;
        try {
            BigDecimal value = new BigDecimal(target.trim().replace("%", ""));
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), source + " '" + target + "': accepted: a percentage 0 to 100, e.g. 70 or 72.5");
        }
    }

    private void write(String text) {
        if (output == null) {
            cli.out().print(text.endsWith("\n") ? text : text + "\n");
            return;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            cli.err().println("report written to " + output);
        } catch (IOException e) {
            throw new HealthscoreException("cannot write the report to " + output + ": " + e.getMessage(), e);
        }
    }
}
