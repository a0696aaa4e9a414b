package io.healthscore.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {
        "Check and test the rule files before they go live.",
        "No store is needed."},
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
