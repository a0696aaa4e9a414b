package io.healthscore.cli;

import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.RuleSet;
import io.healthscore.rules.ScoringSet;
import io.healthscore.scenario.Scenario;
import io.healthscore.scenario.ScenarioResult;
import io.healthscore.scenario.ScenarioSuite;
import io.healthscore.scenario.SuiteSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "test", mixinStandardHelpOptions = true, description = {"Run the rule scenarios and print PASS or FAIL for each.",
        "%nScenario files (*.yaml, *.yml) are YAML lists; each scenario gives a month of weekly metrics (and a previous"
                + " assessment, earlier months and weeks, the triggers last sent) and expects weekly scores, mean, score,"
                + " band, triggers or what the explanation records. The month is scored as 'run' scores it, or with"
                + " provisional: {weeks: N} as 'run --provisional' scores the month to date; a failing"
                + " scenario shows the expected and the actual value of each field that differs.",
        "%nBesides scenarios/ (or --scenarios), each segment folder's scenarios run too: segments/ID/scenarios/*.yaml,"
                + " scored by that segment's rules unless a scenario names another segment."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every scenario passed", "1:a scenario failed, or no scenario was found", "2:usage error",
                "3:a scenario file or entry was invalid and skipped (the others ran)", "4:the rules do not compile"})
final class RulesTestCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RulesTestCommand.class);

    private static final String DETAIL_INDENT = "       ";

    @Mixin
    RulesOptions options;

    @Option(names = "--scenarios", paramLabel = "FOLDER",
            description = "Folder of *.yaml and *.yml scenario files (default: scenarios/ in the rules folder);"
                    + " the segment folders' scenarios run as well.")
    Path scenarios;

    private final Cli cli;

    RulesTestCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        cli.verbose(options.verbose);
        Path rulesFolder = options.rulesOrDefault();
        Path folder = scenarios != null ? scenarios.normalize() : rulesFolder.resolve("scenarios");
        try (RuleSet rules = new RuleCompiler(1).compile(rulesFolder)) {
            SuiteSummary summary = ScenarioSuite.run(folder, rulesFolder, rules, this::print,
                    invalid -> cli.err().println(invalid));
            String line = "rules test: " + summary(summary, !rules.segments().isEmpty()) + " (rules " + rules.shortHash() + " from " + rulesFolder + ")";
            cli.out().println(line);
            LOG.info("{} in {}", line, folder);
            if (summary.failed() > 0) {
                return ExitCode.FAILURE;
            }
            return summary.invalid() > 0 ? ExitCode.REJECTED_INPUT : ExitCode.OK;
        }
    }

    private void print(ScenarioResult result) {
        Scenario scenario = result.scenario();
        cli.out().println((result.passed() ? "PASS " : "FAIL ") + scenario.file() + ":" + scenario.line() + " " + scenario.name());
        result.reasons().forEach(reason -> cli.out().println(DETAIL_INDENT + reason));
    }

    /** With segment sets, how many scenarios each set scored, e.g. "(52 base, 8 segment enterprise)". */
    private static String summary(SuiteSummary summary, boolean segments) {
        String bySet = !segments ? "" : summary.bySet().entrySet().stream()
                .map(set -> set.getValue() + (ScoringSet.BASE.equals(set.getKey()) ? " base"
                        : " segment " + set.getKey()))
                .collect(Collectors.joining(", ", " (", ")"));
        String text = count(summary.scenarios(), "scenario") + " in " + count(summary.files(), "file") + bySet + ", "
                + summary.passed() + " passed, " + summary.failed() + " failed";
        return summary.invalid() == 0 ? text : text + ", " + summary.invalid() + " invalid skipped";
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
