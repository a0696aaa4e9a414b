package io.healthscore.testhelper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A scratch embedded store in a test's temporary folder, driven through the in-process command line with the
 * real rules/ folder and a triggers file of its own. Commands that must succeed fail the test with their
 * standard error otherwise.
 */
public final class CliStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final SettableClock clock;
    private int inputFiles;

    public CliStore(Path folder, SettableClock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public SettableClock clock() {
        return clock;
    }

    public Path triggersFile() {
        return folder.resolve("triggers.jsonl");
    }

    /** One JSON Lines record of weekly metrics; {@code nps} null leaves the field out (no feedback that week). */
    public static String week(String company, String monday, String login, String adoption, String nps) {
        return "{\"company\": \"" + company + "\", \"week\": \"" + monday + "\", \"login\": " + login
                + ", \"adoption\": " + adoption + (nps == null ? "" : ", \"nps\": " + nps) + "}";
    }

    /** Writes the records to a new .jsonl file and ingests it; every record must be accepted. */
    public void ingest(String... records) {
        Path file = folder.resolve("metrics-" + (++inputFiles) + ".jsonl");
        try {
            Files.writeString(file, String.join("\n", records) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CliRun ingest = command("ingest", file.toString());
        assertThat(ingest.exitCode()).as("ingest exit status; stderr:%n%s", ingest.err()).isZero();
    }

    /** {@code run --month MONTH --json}: one parsed object per assessment line. */
    public List<JsonNode> run(String month) {
        return jsonLines(succeeded(command("run", "--month", month, "--json")));
    }

    /** {@code score COMPANY --month MONTH --json}: the one assessment. */
    public JsonNode score(String company, String month) {
        List<JsonNode> lines = jsonLines(succeeded(command("score", company, "--month", month, "--json")));
        assertThat(lines).as("score --json prints one object").hasSize(1);
        return lines.get(0);
    }

    /** {@code score COMPANY --json} without a month: the one assessment. */
    public JsonNode score(String company) {
        List<JsonNode> lines = jsonLines(succeeded(command("score", company, "--json")));
        assertThat(lines).as("score --json prints one object").hasSize(1);
        return lines.get(0);
    }

    /** Runs {@code healthscore ARGS} against this store, rules/ and the triggers file; the caller checks the result. */
    public CliRun command(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--store", folder.resolve("store").toString(), "--rules", Repo.rules().toString(),
                "--triggers-file", triggersFile().toString(), "--threads", "2"));
        return CliRun.run(clock, all.toArray(String[]::new));
    }

    /** Every line of the triggers file, parsed; empty when nothing was delivered yet. */
    public List<JsonNode> deliveredTriggers() {
        if (!Files.exists(triggersFile())) {
            return List.of();
        }
        try {
            return Files.readAllLines(triggersFile(), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(CliStore::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The assessment of {@code company} among the objects a run printed. */
    public static JsonNode of(List<JsonNode> assessments, String company) {
        return assessments.stream()
                .filter(assessment -> company.equals(assessment.path("company").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no assessment of " + company + " in " + assessments));
    }

    /** The names in an assessment's {@code triggers} array. */
    public static List<String> triggers(JsonNode assessment) {
        List<String> names = new ArrayList<>();
        assessment.path("triggers").forEach(name -> names.add(name.asText()));
        return names;
    }

    public static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a JSON object: " + line, e);
        }
    }

    private static CliRun succeeded(CliRun run) {
        assertThat(run.exitCode()).as("exit status; stderr:%n%s", run.err()).isZero();
        return run;
    }

    private static List<JsonNode> jsonLines(CliRun run) {
        return run.outLines().stream().map(CliStore::parse).toList();
    }
}
