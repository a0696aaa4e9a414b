package io.healthscore.scenario;

import io.healthscore.HealthscoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The scenario files of a folder: its {@code *.yaml} and {@code *.yml} files (not sub-folders, not hidden files), by
 * name; and the scenario folders of a rules folder's segments.
 */
final class ScenarioFolder {
    private static final String ACCEPTED = "accepted: *.yaml or *.yml files there, each a YAML list of scenarios"
            + " (by default in the scenarios/ folder of the rules folder; --scenarios FOLDER points elsewhere)";

    static final String SEGMENTS = "segments";

    private ScenarioFolder() {
    }

    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new HealthscoreException("no scenario folder " + folder + "; " + ACCEPTED);
        }
        List<Path> files = filesIfAny(folder);
        if (files.isEmpty()) {
            throw new HealthscoreException("no scenario file in " + folder + "; " + ACCEPTED);
        }
        return files;
    }

    /**
     * The scenario folders of the segment folders of {@code rulesFolder}, {@code segments/ID/scenarios/}, by segment
     * id in id order: those that exist (a segment needs no scenarios of its own).
     */
    static Map<String, Path> ofSegments(Path rulesFolder) {
        Path segments = rulesFolder.resolve(SEGMENTS);
        Map<String, Path> folders = new TreeMap<>();
        if (!Files.isDirectory(segments)) {
            return folders;
        }
        try (Stream<Path> listing = Files.list(segments)) {
            listing.filter(segment -> !segment.getFileName().toString().startsWith("."))
                    .filter(segment -> Files.isDirectory(segment.resolve("scenarios")))
                    .forEach(segment -> folders.put(segment.getFileName().toString(), segment.resolve("scenarios")));
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list segment folders " + segments, e);
        }
    }

    /** The scenario files of a folder that exists, possibly none. */
    static List<Path> filesIfAny(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(ScenarioFolder::isScenarioFile).sorted().toList();
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
