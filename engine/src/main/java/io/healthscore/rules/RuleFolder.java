package io.healthscore.rules;

import io.healthscore.HealthscoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layout of a rules folder: the base {@code *.drl} files directly in it, and a folder of {@code *.drl} files for
 * each segment that has rules of its own, {@code segments/ID/}. Nothing else is loaded: no other sub-folder, no
 * symbolic link (rules are code, and only the configured folder is trusted).
 */
record RuleFolder(Path folder, List<Path> base, Map<String, List<Path>> segments, List<RuleError> errors) {
    static final String SEGMENTS = "segments";
    /** A segment id a folder may have: what a companies file's segment must be, exactly, to be scored by it. */
    static final Pattern SEGMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    static RuleFolder scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new HealthscoreException("rules folder " + folder + " does not exist or is not a folder;"
                    + " point --rules (or HEALTHSCORE_RULES) at the folder that holds the .drl files");
        }
        List<Path> base = drlFiles(folder);
        if (base.isEmpty()) {
            throw new HealthscoreException("rules folder " + folder + " holds no .drl file;"
                    + " the default rule set is in the repository's rules/ folder");
        }
        Map<String, List<Path>> segments = new LinkedHashMap<>();
        List<RuleError> errors = new ArrayList<>();
        Path root = folder.resolve(SEGMENTS);
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            for (Path segment : list(root)) {
                if (!Files.isDirectory(segment, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String id = segment.getFileName().toString();
                List<Path> files = drlFiles(segment);
                if (!SEGMENT_ID.matcher(id).matches()) {
                    errors.add(new RuleError(segment.toString(), 0, "segment folder '" + id + "' is not a valid segment"
                            + " id; accepted: 1-100 characters of A-Z a-z 0-9 . _ -, not starting with . _ or -, exactly"
                            + " as the companies file writes the segment"));
                } else if (!files.isEmpty()) {
                    segments.put(id, files);
                }
            }
        }
        return new RuleFolder(folder, base, segments, errors);
    }

    /** Every file the rules are compiled from, base first, then each segment's. */
    List<Path> allFiles() {
        List<Path> all = new ArrayList<>(base);
        segments.values().forEach(all::addAll);
        return all;
    }

    /** The name a file is known by in a rule set and the store: {@code FILE}, or {@code segments/ID/FILE}. */
    String nameOf(Path file) {
        Path parent = file.getParent();
        if (parent != null && !parent.equals(folder) && segments.containsKey(parent.getFileName().toString())) {
            return SEGMENTS + "/" + parent.getFileName() + "/" + file.getFileName();
        }
        return file.getFileName().toString();
    }

    private static List<Path> drlFiles(Path folder) {
        return list(folder).stream()
                .filter(file -> file.getFileName().toString().endsWith(".drl"))
                .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                .toList();
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rules folder " + folder, e);
        }
    }
}
