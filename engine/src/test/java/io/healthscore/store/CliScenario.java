package io.healthscore.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A month's life on the command line, run against one store: ingest companies and metrics (one week twice), run
 * September and October, ingest a correction, re-score the corrected company, run October again, score another
 * company. Every scoring step prints JSON; triggers go to a file in the scenario's folder.
 */
record CliScenario(List<CliScenario.Step> steps, List<String> triggerLines) {
    /** The steps, by index. */
    static final int INGEST = 0;
    static final int RUN_SEPTEMBER = 1;
    static final int RUN_OCTOBER = 2;
    static final int SCORE_ACME_CORRECTED = 4;
    static final int RUN_OCTOBER_AGAIN = 5;
    static final int SCORE_BETA = 6;
    static final List<Integer> SCORING_STEPS =
            List.of(RUN_SEPTEMBER, RUN_OCTOBER, SCORE_ACME_CORRECTED, RUN_OCTOBER_AGAIN, SCORE_BETA);
    /** Every company, in id order: Java's String order. */
    static final List<String> COMPANY_ORDER = List.of("A1", "Ab", "a-b", "a.b", "a_b", "acme", "beta", "quiet");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One command and what it printed. */
    record Step(String command, int exitCode, String out) {
    }

    /** Runs the scenario against {@code store} (a folder or JDBC URL), its files in {@code folder}. */
    static CliScenario run(Path folder, String store) throws IOException {
        Files.createDirectories(folder);
        Path metrics = write(folder.resolve("metrics.jsonl"), """
                {"company": "acme", "week": "2026-09-07", "login": 90, "adoption": 80, "nps": 60}
                {"company": "acme", "week": "2026-09-14", "login": 90, "adoption": 80, "nps": 60}
                {"company": "acme", "week": "2026-10-05", "login": 60, "adoption": 55}
                {"company": "acme", "week": "2026-10-12", "login": 60, "adoption": 55, "nps": null}
                {"company": "beta", "week": "2026-08-31", "login": 20, "adoption": 20}
                {"company": "beta", "week": "2026-09-28", "login": 40, "adoption": 45, "nps": 10}
                {"company": "A1", "week": "2026-10-19", "login": 75.5, "adoption": 75.5}
                {"company": "a_b", "week": "2026-09-21", "login": 50, "adoption": 50}
                {"company": "a_b", "week": "2026-10-05", "login": 50.5, "adoption": 50.5}
                {"company": "Ab", "week": "2026-10-12", "login": 30, "adoption": 20, "nps": -100}
                {"company": "a-b", "week": "2026-09-14", "login": 100, "adoption": 100, "nps": 100}
                {"company": "a.b", "week": "2026-09-28", "login": 12.345678, "adoption": 0.000001, "nps": -0.5}
                {"company": "a.b", "week": "2026-10-05", "login": 33.333333, "adoption": 66.666667}
                {"company": "a.b", "week": "2026-10-12", "login": 0, "adoption": 100, "nps": 0}
                {"company": "a.b", "week": "2026-10-19", "login": 99.999999, "adoption": 1}
                {"company": "a.b", "week": "2026-10-26", "login": 5, "adoption": 5}
                {"company": "acme", "week": "2026-09-21", "login": 90, "adoption": 80, "nps": 60}
                {"company": "acme", "week": "2026-09-07", "login": 90, "adoption": 80, "nps": 60}
                """);
        Path companies = write(folder.resolve("companies.jsonl"), """
                {"company": "quiet", "name": "Quiet Ltd", "segment": "smb"}
                {"company": "acme", "name": "Acme Corp", "owner": "jane@example.com", "segment": "enterprise"}
                """);
        Path correction = write(folder.resolve("correction.jsonl"), """
                {"company": "acme", "week": "2026-10-05", "login": 20, "adoption": 10, "nps": -60}
                """);
        Path triggers = folder.resolve("triggers.jsonl");
        String[] common = {"--store", store, "--rules", Repo.rules().toString(), "--triggers-file",
                triggers.toString(), "--threads", "2"};
        SettableClock clock = SettableClock.at("2026-11-05T09:00:00Z");
        List<Step> steps = new ArrayList<>();
        steps.add(step(clock, common, "ingest", "--companies", companies.toString(), metrics.toString()));
        steps.add(step(clock, common, "run", "--month", "2026-09", "--json"));
        steps.add(step(clock, common, "run", "--month", "2026-10", "--json"));
        steps.add(step(clock, common, "ingest", correction.toString()));
        steps.add(step(clock, common, "score", "acme", "--json"));
        steps.add(step(clock, common, "run", "--month", "2026-10", "--json"));
        steps.add(step(clock, common, "score", "beta", "--month", "2026-10", "--json"));
        return new CliScenario(List.copyOf(steps), Files.readAllLines(triggers));
    }

    /** The JSON lines a step printed. */
    List<JsonNode> json(int step) {
        return steps.get(step).out().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException("step " + steps.get(step).command() + " printed " + line, e);
            }
        }).toList();
    }

    private static Step step(SettableClock clock, String[] common, String... args) {
        clock.set(clock.instant().plus(Duration.ofMinutes(10)));
        String[] all = new String[args.length + common.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(common, 0, all, args.length, common.length);
        CliRun run = CliRun.run(clock, all);
        String command = String.join(" ", Arrays.stream(args)
                .map(arg -> Path.of(arg).isAbsolute() ? Path.of(arg).getFileName().toString() : arg).toList());
        return new Step(command, run.exitCode(), run.out());
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text);
    }
}
