package io.healthscore.scenario;

import io.healthscore.HealthscoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The scenario files of a folder: its {@code *.yaml} and {@code *.yml} files (not sub-folders, not hidden files), by name. */
final class ScenarioFolder {
    private static final String ACCEPTED = "accepted: *.yaml or *.yml files there, each a YAML list of scenarios"
            + " (by default in the scenarios/ folder of the rules folder; --scenarios FOLDER points elsewhere)";

    private ScenarioFolder() {
    }

    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new HealthscoreException("no scenario folder " + folder + "; " + ACCEPTED);
        }
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.filter(ScenarioFolder::isScenarioFile).sorted().toList();
            if (files.isEmpty()) {
                throw new HealthscoreException("no scenario file in " + folder + "; " + ACCEPTED);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenario folder " + folder, e);
        }
    }

    private static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString();
        // editors keep swap and backup copies next to the file, hidden
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(file);
    }
}
