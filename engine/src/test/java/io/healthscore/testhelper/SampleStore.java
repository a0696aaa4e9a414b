package io.healthscore.testhelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fresh embedded store in a temporary folder, and the healthscore commands the sample tests run against it,
 * with the repository's rules/ and samples/ and a clock fixed at {@link #NOW}.
 */
public final class SampleStore {
    public static final String NOW = "2026-11-02T07:00:00Z";

    private final Path folder;
    private final SettableClock clock = SettableClock.at(NOW);

    public SampleStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public Path triggersFile() {
        return folder.resolve("triggers.jsonl");
    }

    public CliRun demo() {
        return command("demo", "--samples", Repo.samples().toString());
    }

    /** Ingests what demo ingests: companies.csv and the metrics-* files, in sorted name order. */
    public CliRun ingestSamples() {
        List<String> args = new ArrayList<>(List.of("ingest", "--companies", Repo.samples().resolve("companies.csv").toString()));
        metricFiles().forEach(file -> args.add(file.toString()));
        return command(args.toArray(String[]::new));
    }

    public CliRun run(String month, boolean json) {
        return json ? command("run", "--month", month, "--json") : command("run", "--month", month);
    }

    /** Runs {@code healthscore args...} on this store, its triggers file and the repository's rules. */
    public CliRun command(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", folder.toString(), "--triggers-file", triggersFile().toString(),
                "--rules", Repo.rules().toString()));
        return CliRun.run(clock, all.toArray(String[]::new));
    }

    /** The samples' metrics files in the order demo ingests them: every name starting "metrics-", sorted. */
    public static List<Path> metricFiles() {
        try (Stream<Path> files = Files.list(Repo.samples())) {
            return files.filter(file -> file.getFileName().toString().startsWith("metrics-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + Repo.samples(), e);
        }
    }

    /**
     * Output with what legitimately varies between runs replaced: this store's temporary folder, the samples
     * folder's absolute path, durations, and the hash of the repository's rules (it changes with any edit of
     * rules/, even of a comment; a hash that is not the current rules' stays and fails the comparison).
     */
    public String normalise(String text) {
        String rulesHash = DefaultRules.ruleSet().hash();
        return text.replace("\r\n", "\n")
                .replace(folder.toString(), "<store>")
                .replace(Repo.samples().toString(), "<samples>")
                .replace(rulesHash, "<rules-hash>")
                .replace(rulesHash.substring(0, 12), "<rules-hash>")
                .replaceAll("in \\d[\\d,]*\\.\\d s", "in <seconds> s");
    }
}
