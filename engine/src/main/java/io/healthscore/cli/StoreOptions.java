package io.healthscore.cli;

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

    int threadsOrDefault() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
