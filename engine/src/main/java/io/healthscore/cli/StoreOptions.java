package io.healthscore.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store and the rules are; shared by every command. Environment variables give the defaults. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "FOLDER|JDBC_URL",
            description = "Embedded store folder or PostgreSQL JDBC URL (default: $HEALTHSCORE_STORE or ./data).")
    String store;

    @Option(names = "--rules", paramLabel = "FOLDER",
            description = "Folder of .drl rule files (default: $HEALTHSCORE_RULES or ./rules).")
    Path rules;

    @Option(names = "--triggers-file", paramLabel = "FILE",
            description = "Where emitted triggers are appended as JSON lines (default: triggers.jsonl in the store folder, ./data for PostgreSQL).")
    Path triggersFile;

    @Option(names = "--automations", paramLabel = "FILE",
            description = "Automations file: where each trigger goes and with what message (default: $HEALTHSCORE_AUTOMATIONS, or ./automations.yaml when it exists, or every trigger to the triggers file).")
    Path automations;

    @Option(names = "--threads", paramLabel = "N", description = "Scoring threads (default: the number of CPU cores).")
    Integer threads;

    @Option(names = {"-v", "--verbose"}, description = "Log progress details and show stack traces of failures.")
    boolean verbose;

    /** The options of a command that declares its own (what-if, whose --rules names the candidate rules). */
    static StoreOptions of(String store, Path rules, Integer threads, boolean verbose) {
        StoreOptions options = new StoreOptions();
        options.store = store;
        options.rules = rules;
        options.threads = threads;
        options.verbose = verbose;
        return options;
    }

    String storeOrDefault() {
        return store != null ? store : envOr("HEALTHSCORE_STORE", "./data");
    }

    Path rulesOrDefault() {
        return rules != null ? rules : defaultRules();
    }

    /** The rules folder when no --rules is given: $HEALTHSCORE_RULES or ./rules. */
    static Path defaultRules() {
        return Path.of(envOr("HEALTHSCORE_RULES", "./rules"));
    }

    /** The automations file to read, or null for the built-in default (every trigger to the triggers file). */
    Path automationsOrDefault() {
        if (automations != null) {
            return automations;
        }
        String fromEnvironment = System.getenv("HEALTHSCORE_AUTOMATIONS");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        Path local = Path.of("automations.yaml");
        return Files.exists(local) ? local : null;
    }

    int threadsOrDefault() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
