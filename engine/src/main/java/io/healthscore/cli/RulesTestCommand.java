package io.healthscore.cli;

import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.RuleSet;
import io.healthscore.scenario.Scenario;
import io.healthscore.scenario.ScenarioResult;
import io.healthscore.scenario.ScenarioSuite;
import io.healthscore.scenario.SuiteSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "test", mixinStandardHelpOptions = true, description = {"Run the rule scenarios and print PASS or FAIL for each.",
        "%nScenario files (*.yaml, *.yml) are YAML lists; each scenario gives a month of weekly metrics (and a previous"
                + " assessment) and expects weekly scores, mean, score, band or triggers. The month is scored as 'run'"
                + " scores it; a failing scenario shows the expected and the actual value of each field that differs."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every scenario passed", "1:a scenario failed, or no scenario was found", "2:usage error",
                "3:a scenario file or entry was invalid and skipped (the others ran)", "4:the rules do not compile"})
final class RulesTestCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RulesTestCommand.class);

    private static final String DETAIL_INDENT = "       ";

    @Mixin
    RulesOptions options;

    @Option(names = "--scenarios", paramLabel = "FOLDER",
            description = "Folder of *.yaml and *.yml scenario files (default: scenarios/ in the rules folder).")
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
            SuiteSummary summary = ScenarioSuite.run(folder, rules, this::print, invalid -> cli.err().println(invalid));
            String line = "rules test: " + summary(summary) + " (rules " + rules.shortHash() + " from " + rulesFolder + ")";
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

    private static String summary(SuiteSummary summary) {
        String text = count(summary.scenarios(), "scenario") + " in " + count(summary.files(), "file") + ", "
                + summary.passed() + " passed, " + summary.failed() + " failed";
        return summary.invalid() == 0 ? text : text + ", " + summary.invalid() + " invalid skipped";
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
