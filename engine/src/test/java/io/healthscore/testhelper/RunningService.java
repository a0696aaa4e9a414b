package io.healthscore.testhelper;

import io.healthscore.cli.Cli;
import io.healthscore.serve.ServeSettings;
import io.healthscore.serve.Service;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.healthscore.store.UserRepository;
import io.healthscore.users.Role;
import io.healthscore.users.Users;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A real {@code serve} in this JVM, listening on a free loopback port: the samples ingested and their four months
 * (2026-07 to 2026-10) run into a fresh store (embedded in {@code folder}, or the PostgreSQL database at a URL),
 * and one user per role, {@code viewer}, {@code csm} and {@code admin}, whose tokens {@link #token} gives.
 * The clock is settable: moving it on ages the console's sessions.
 */
public final class RunningService implements AutoCloseable {
    public static final List<String> MONTHS = List.of("2026-07", "2026-08", "2026-09", "2026-10");

    private final Service service;
    private final SettableClock clock;
    private final Map<Role, String> tokens;
    private final Path triggersFile;

    private RunningService(Service service, SettableClock clock, Map<Role, String> tokens, Path triggersFile) {
        this.service = service;
        this.clock = clock;
        this.tokens = tokens;
        this.triggersFile = triggersFile;
    }

    /** On the embedded store in {@code folder}/store. */
    public static RunningService onSamples(Path folder) {
        return onSamples(folder, folder.resolve("store").toString());
    }

    /** On the store at {@code store}: a folder or a PostgreSQL JDBC URL. */
    public static RunningService onSamples(Path folder, String store) {
        List<String> ingest = new ArrayList<>(List.of("ingest", "--companies", Repo.samples().resolve("companies.csv").toString()));
        SampleStore.metricFiles().forEach(file -> ingest.add(file.toString()));
        List<List<String>> commands = new ArrayList<>(List.of(ingest));
        MONTHS.forEach(month -> commands.add(List.of("run", "--month", month)));
        return on(folder, store, Repo.rules(), commands);
    }

    /**
     * On the store at {@code store} with the rules of {@code rules}, once {@code commands} (each a command line
     * without the store, rules and triggers file options) have run on it.
     */
    public static RunningService on(Path folder, String store, Path rules, List<List<String>> commands) {
        SettableClock clock = SettableClock.at(SampleStore.NOW);
        Path triggers = folder.resolve("triggers.jsonl");
        commands.forEach(args -> command(clock, store, rules, triggers, args.toArray(String[]::new)));
        StoreLocation location = StoreLocation.parse(store);
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        try (Database database = Database.open(location)) {
            Users users = new Users(new UserRepository(database), clock);
            for (Role role : Role.values()) {
                tokens.put(role, users.add(role.code(), role).text());
            }
        }
        // schedules that fire in 2099 only: no missed firing runs a month, or a month to date, behind the tests' backs
        ServeSettings settings = new ServeSettings("0 0 2 1 1 ? 2099", ZoneId.of("UTC"), 2, 1, "api-node", "127.0.0.1", 0,
                Duration.ofSeconds(7), Duration.ofSeconds(1), Duration.ofMillis(200), null, 1L << 20,
                Duration.ofHours(8), false, "0 0 6 ? * MON 2099");
        Service service = Service.start(new Service.Setup(location, rules, triggers, null, 2, settings, clock));
        return new RunningService(service, clock, tokens, triggers);
    }

    private static void command(SettableClock clock, String store, Path rules, Path triggers, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store, "--triggers-file", triggers.toString(), "--rules", rules.toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock).execute(all.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("healthscore " + String.join(" ", args) + " exited " + status + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
    }

    /** {@code http://127.0.0.1:PORT}, without a final slash. */
    public String url() {
        return "http://127.0.0.1:" + service.healthPort();
    }

    /** The token of the user named after the role. */
    public String token(Role role) {
        return tokens.get(role);
    }

    public SettableClock clock() {
        return clock;
    }

    public Path triggersFile() {
        return triggersFile;
    }

    public Service service() {
        return service;
    }

    @Override
    public void close() {
        service.close();
    }
}
