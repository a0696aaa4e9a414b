package io.healthscore.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The rules folder, for the rules commands, which need no store. Same option and default as {@link StoreOptions}. */
final class RulesOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--rules", paramLabel = "FOLDER", defaultValue = "${env:HEALTHSCORE_RULES:-" + StoreOptions.RULES_DEFAULT + "}",
            description = "Folder of .drl rule files (default: $HEALTHSCORE_RULES or ./rules, now ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of failures.")
    boolean verbose;

    /** The folder as given, normalised for display: ./rules shows as rules. */
    Path rulesOrDefault() {
        return StoreOptions.rulesFolder(rules, StoreOptions.given(command, "--rules")).normalize();
    }
}
