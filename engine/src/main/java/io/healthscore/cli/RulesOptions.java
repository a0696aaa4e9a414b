package io.healthscore.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The rules folder, for the rules commands, which need no store. Same option and default as {@link StoreOptions}. */
final class RulesOptions {
    @Option(names = "--rules", paramLabel = "FOLDER",
            description = "Folder of .drl rule files (default: $HEALTHSCORE_RULES or ./rules).")
    Path rules;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of failures.")
    boolean verbose;

    /** The folder as given, normalised for display: ./rules shows as rules. */
    Path rulesOrDefault() {
        return (rules != null ? rules : StoreOptions.defaultRules()).normalize();
    }
}
