package io.healthscore.rules;

import io.healthscore.HealthscoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles the {@code *.drl} files of one rules folder (not its sub-folders, not symbolic links: rules are
 * code, and only the configured folder is trusted).
 */
public final class RuleCompiler {
    private final int sessions;

    public RuleCompiler(int sessions) {
        this.sessions = sessions;
    }

    public RuleSet compile(Path folder) {
        List<Path> files = ruleFiles(folder);
        // read each file once: the hash must describe exactly the text compiled, even while an editor saves
        List<byte[]> contents = files.stream().map(RuleCompiler::read).toList();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (int i = 0; i < files.size(); i++) {
            Resource resource = ResourceFactory.newByteArrayResource(contents.get(i));
            resource.setSourcePath(files.get(i).toString());
            builder.add(resource, ResourceType.DRL);
        }
        List<RuleError> errors = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            errors.add(toError(folder, result));
        }
        List<RuleError> all = List.copyOf(errors);
        errors.removeIf(error -> isFollowOn(error, all));
        if (!errors.isEmpty()) {
            throw new RulesCompileException(errors);
        }
        List<String> names = files.stream().map(file -> file.getFileName().toString()).toList();
        return new RuleSet(hash(names, contents), names, builder.newKieBase(), sessions);
    }

    static List<Path> ruleFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new HealthscoreException("rules folder " + folder + " does not exist or is not a folder;"
                    + " point --rules (or HEALTHSCORE_RULES) at the folder that holds the .drl files");
        }
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing
                    .filter(file -> file.getFileName().toString().endsWith(".drl"))
                    .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new HealthscoreException("rules folder " + folder + " holds no .drl file;"
                        + " the default rule set is in the repository's rules/ folder");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rules folder " + folder, e);
        }
    }

    /** The hash {@link #compile} would give the folder's files as they are now, without compiling them. */
    static String hash(List<Path> files) {
        List<String> names = files.stream().map(file -> file.getFileName().toString()).toList();
        return hash(names, files.stream().map(RuleCompiler::read).toList());
    }

    private static String hash(List<String> names, List<byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < names.size(); i++) {
                digest.update(names.get(i).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(contents.get(i));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        }
    }

    /** Drools follows a syntax error with "Parser returned a null Package" at line 0: the same problem, pointing nowhere. */
    private static boolean isFollowOn(RuleError error, List<RuleError> errors) {
        return error.line() == 0 && error.message().startsWith("Parser returned a null Package")
                && errors.stream().anyMatch(other -> other.file().equals(error.file()) && other.line() > 0);
    }

    private static RuleError toError(Path folder, KnowledgeBuilderResult result) {
        String file = result.getResource() == null || result.getResource().getSourcePath() == null
                ? folder.toString()
                : displayPath(folder, result.getResource().getSourcePath());
        int[] lines = result.getLines();
        int line = lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
        String message = result.getMessage() == null ? "unknown error" : result.getMessage().replaceAll("\\s+", " ").trim();
        return new RuleError(file, line, message);
    }

    private static String displayPath(Path folder, String sourcePath) {
        Path source = Path.of(sourcePath);
        return folder.resolve(source.getFileName()).toString();
    }
}
