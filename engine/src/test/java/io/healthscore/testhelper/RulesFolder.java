package io.healthscore.testhelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A copy of the repository's real rules/ folder that a test edits as a rule author would. */
public final class RulesFolder {
    /** How long a test waits for a watcher to act on an edit: far above a 300 ms settle, for a slow build machine. */
    public static final Duration RELOAD_WAIT = Duration.ofSeconds(15);

    private final Path folder;

    private RulesFolder(Path folder) {
        this.folder = folder;
    }

    /** Copies the .drl files of rules/ into {@code folder} (created if missing). */
    public static RulesFolder copyOfRepoRules(Path folder) {
        try (Stream<Path> files = Files.list(Repo.rules())) {
            Files.createDirectories(folder);
            for (Path file : files.filter(file -> file.getFileName().toString().endsWith(".drl")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
            return new RulesFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + Repo.rules() + " to " + folder, e);
        }
    }

    /** Also copies the scenario files of rules/scenarios/ into scenarios/ of this folder. */
    public RulesFolder withRepoScenarios() {
        Path scenarios = folder.resolve("scenarios");
        try (Stream<Path> files = Files.list(Repo.rules().resolve("scenarios"))) {
            Files.createDirectories(scenarios);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, scenarios.resolve(file.getFileName()));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the scenarios of " + Repo.rules() + " to " + scenarios, e);
        }
    }

    public Path path() {
        return folder;
    }

    public Path file(String name) {
        return folder.resolve(name);
    }

    public String read(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Overwrites the file in place. */
    public void write(String name, String text) {
        try {
            Files.writeString(file(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites the file with {@code change} applied to its text; fails when the change finds nothing to change. */
    public void edit(String name, UnaryOperator<String> change) {
        String before = read(name);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the edit leaves " + name + " as it was");
        }
        write(name, after);
    }

    /** Saves as many editors do: the new text goes to a temporary file that is then renamed over the original. */
    public void saveThroughRename(String name, String text) {
        Path temporary = folder.resolve("." + name + ".swp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
