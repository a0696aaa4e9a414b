package io.healthscore.cli;

import io.healthscore.rules.RuleCheck;
import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.RuleError;
import io.healthscore.rules.RuleSet;
import io.healthscore.rules.RuleWarning;
import io.healthscore.scoring.BandProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", mixinStandardHelpOptions = true, description = {
        "Check the rule files for errors, policy breaches and warnings.",
        "Syntax and compile errors as FILE:LINE:COL, the rule policy (what rules may import and call), warnings, and"
                + " a probe that every score 0-100 and a month without data get exactly one band. Exit 4 when there is"
                + " an error; warnings alone exit 0."})
final class RulesCheckCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RulesCheckCommand.class);

    @Mixin
    RulesOptions options;

    private final Cli cli;

    RulesCheckCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        cli.verbose(options.verbose);
        Path rules = options.rulesOrDefault();
        RuleCheck check = new RuleCompiler(1).check(rules);
        List<String> probe = List.of();
        List<String> conflicts = List.of();
        if (check.compiles()) {
            try (RuleSet ruleSet = check.ruleSet()) {
                probe = BandProbe.problems(ruleSet);
                conflicts = BandProbe.conflicts(ruleSet);
            }
        }
        check.errors().forEach(error -> cli.err().println(error));
        probe.forEach(problem -> cli.err().println(rules + ": probe: " + problem));
        check.warnings().forEach(warning -> cli.err().println(warning));
        conflicts.forEach(conflict -> cli.err().println(rules + ": warning: probe: " + conflict));
        int errors = check.errors().size() + probe.size();
        String summary = summary(rules, check, errors, check.warnings().size() + conflicts.size(), probe.isEmpty());
        cli.out().println(summary);
        LOG.info(summary);
        return errors == 0 ? ExitCode.OK : ExitCode.RULES_DO_NOT_COMPILE;
    }

    private static String summary(Path rules, RuleCheck check, int errors, int warnings, boolean probePassed) {
        String counts = check.files() + plural(check.files(), " file") + ", " + check.rules() + plural(check.rules(), " rule")
                + ", " + errors + plural(errors, " error") + ", " + warnings + plural(warnings, " warning");
        if (!check.compiles()) {
            return "rules check " + rules + ": " + counts + "; the rules do not compile";
        }
        String hash = check.ruleSet().shortHash();
        int segments = check.ruleSet().segments().size();
        String sets = segments == 0 ? "" : " (the base set and " + segments + " segment set" + (segments == 1 ? "" : "s")
                + ": " + String.join(", ", check.ruleSet().segments().keySet()) + ")";
        return "rules check " + rules + ": " + counts + "; compiled as " + hash + sets + (probePassed
                ? "; every score 0-100 and a month without data get exactly one band"
                : "; the probe found months the rules cannot score");
    }

    private static String plural(int count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
