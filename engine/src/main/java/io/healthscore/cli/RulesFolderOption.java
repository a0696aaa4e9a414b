package io.healthscore.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The rules folder, for the commands that need rules but no store. */
final class RulesFolderOption {
    @Option(names = "--rules", paramLabel = "FOLDER",
            description = "Folder of .drl rule files (default: $HEALTHSCORE_RULES or ./rules).")
    Path rules;

    Path rulesOrDefault() {
        if (rules != null) {
            return rules;
        }
        String value = System.getenv("HEALTHSCORE_RULES");
        return Path.of(value == null || value.isBlank() ? "./rules" : value);
    }
}
