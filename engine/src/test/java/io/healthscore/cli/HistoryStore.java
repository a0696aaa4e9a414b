package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Postgres;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.Rows;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A scratch store of either kind, filled and scored through the in-process command line with the repository's
 * rules, for the what-if tests; read back with SQL between commands. Closing drops a PostgreSQL database.
 */
final class HistoryStore implements AutoCloseable {
    private static final String TABLES = """
            SELECT table_name FROM information_schema.tables
            WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE'""";
    private static final String EMBEDDED_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'";

    enum Kind { EMBEDDED, POSTGRESQL }

    private final Kind kind;
    private final String store;
    private final Path folder;
    private final SettableClock clock = SettableClock.at("2026-11-02T07:00:00Z");

    private HistoryStore(Kind kind, String store, Path folder) {
        this.kind = kind;
        this.store = store;
        this.folder = folder;
    }

    static HistoryStore create(Kind kind, Path folder) {
        String store = kind == Kind.EMBEDDED ? folder.resolve("store").toString() : Postgres.createDatabase();
        return new HistoryStore(kind, store, folder);
    }

    SettableClock clock() {
        return clock;
    }

    Path triggersFile() {
        return folder.resolve("triggers.jsonl");
    }

    /** Ingests the files; every record must be accepted. */
    void ingest(Path... files) {
        List<String> args = new ArrayList<>(List.of("ingest"));
        for (Path file : files) {
            args.add(file.toString());
        }
        succeeded(writing(args.toArray(String[]::new)));
    }

    /** {@code run --month MONTH} with the repository's rules. */
    void run(String month) {
        succeeded(writing("run", "--month", month));
    }

    /** {@code what-if --rules CANDIDATE --from FROM --to TO --in-force rules/ MORE...} on this store. */
    CliRun whatIf(Path candidate, String from, String to, String... more) {
        List<String> args = new ArrayList<>(List.of("what-if", "--rules", candidate.toString(), "--from", from,
                "--to", to, "--in-force", Repo.rules().toString(), "--threads", "2"));
        args.addAll(List.of(more));
        return command(args.toArray(String[]::new));
    }

    /** {@code healthscore ARGS... --store STORE}; the caller checks the result. */
    CliRun command(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store));
        return CliRun.run(clock, all.toArray(String[]::new));
    }

    /** Every table's rows, by table name: what a command that writes nothing must leave as it was. */
    Map<String, List<String>> tables() {
        return read(database -> {
            Map<String, List<String>> tables = new LinkedHashMap<>();
            for (String table : Rows.of(database, kind == Kind.EMBEDDED ? EMBEDDED_TABLES : TABLES)) {
                tables.put(table, Rows.of(database, "SELECT * FROM \"" + table + "\""));
            }
            return tables;
        });
    }

    List<String> rows(String sql) {
        return read(database -> Rows.of(database, sql));
    }

    /** SHA-256 of the embedded store's file; empty for PostgreSQL. */
    String fileDigest() {
        if (kind != Kind.EMBEDDED) {
            return "";
        }
        try {
            byte[] bytes = Files.readAllBytes(Path.of(store).resolve("healthscore.db"));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (kind == Kind.POSTGRESQL) {
            Postgres.dropDatabase(store);
        }
    }

    private <T> T read(Function<Database, T> query) {
        try (Database database = Database.open(StoreLocation.parse(store))) {
            return query.apply(database);
        }
    }

    private CliRun writing(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store, "--rules", Repo.rules().toString(),
                "--triggers-file", triggersFile().toString(), "--threads", "2"));
        return CliRun.run(clock, all.toArray(String[]::new));
    }

    private static void succeeded(CliRun run) {
        assertThat(run.exitCode()).as("exit status; stderr:%n%s", run.err()).isZero();
    }
}
