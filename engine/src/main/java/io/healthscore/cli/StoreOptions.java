package io.healthscore.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the store and the rules are; shared by every command. Environment variables give the defaults, through
 * picocli so that --help shows them; a blank variable counts as unset.
 */
final class StoreOptions {
    static final String RULES_DEFAULT = "./rules";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    // the value is not shown in --help: a JDBC URL may carry a password
    @Option(names = "--store", paramLabel = "FOLDER|JDBC_URL", defaultValue = "${env:HEALTHSCORE_STORE:-./data}",
            description = "Embedded store folder or PostgreSQL JDBC URL (default: $HEALTHSCORE_STORE or ./data).")
    String store;

    @Option(names = "--rules", paramLabel = "FOLDER", defaultValue = "${env:HEALTHSCORE_RULES:-" + RULES_DEFAULT + "}",
            description = "Folder of .drl rule files (default: $HEALTHSCORE_RULES or ./rules, now ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--triggers-file", paramLabel = "FILE",
            description = "Where emitted triggers are appended as JSON lines (default: triggers.jsonl in the store folder, ./data for PostgreSQL).")
    Path triggersFile;

    @Option(names = "--automations", paramLabel = "FILE", defaultValue = "${env:HEALTHSCORE_AUTOMATIONS}",
            description = "Automations file: where each trigger goes and with what message (default: $HEALTHSCORE_AUTOMATIONS, or ./automations.yaml when it exists, or every trigger to the triggers file).")
    Path automations;

    @Option(names = "--threads", paramLabel = "N", description = "Scoring threads (default: the number of CPU cores).")
    Integer threads;

    @Option(names = {"-v", "--verbose"}, description = "Log progress details and show stack traces of failures.")
    boolean verbose;

    /**
     * The options of a command that declares its own (what-if, whose --rules names the candidate rules), with the
     * store and the rules in force as that command resolved them.
     */
    static StoreOptions of(String store, Path rules, Integer threads, boolean verbose) {
        StoreOptions options = new StoreOptions();
        options.store = store;
        options.rules = rules;
        options.threads = threads;
        options.verbose = verbose;
        return options;
    }

    Path rulesOrDefault() {
        return rulesFolder(rules, given(command, "--rules"));
    }

    /** The rules folder picocli resolved: ./rules when it came from a blank $HEALTHSCORE_RULES, as when unset. */
    static Path rulesFolder(Path resolved, boolean given) {
        return given || !resolved.toString().isBlank() ? resolved : Path.of(RULES_DEFAULT);
    }

    /** Whether the option was on the command line rather than a default (always, for options built by {@link #of}). */
    static boolean given(CommandSpec command, String option) {
        return command == null || command.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** The automations file to read, or null for the built-in default (every trigger to the triggers file). */
    Path automationsOrDefault() {
        if (automations != null && (given(command, "--automations") || !automations.toString().isBlank())) {
            return automations;
        }
        Path local = Path.of("automations.yaml");
        return Files.exists(local) ? local : null;
    }

    int threadsOrDefault() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
