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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Compiles the folder; throws {@link RulesCompileException} with every error when it does not compile. */
    public RuleSet compile(Path folder) {
        RuleCheck check = check(folder);
        if (!check.compiles()) {
            throw new RulesCompileException(check.errors());
        }
        return check.ruleSet();
    }

    /**
     * Parses the folder's files, checks them against the rule policy and, only when both pass, compiles them.
     * Returns every error and warning; the rule set when there is no error.
     */
    public RuleCheck check(Path folder) {
        List<Path> paths = ruleFiles(folder);
        // read each file once: the hash must describe exactly the text compiled, even while an editor saves
        List<RuleFile> files = paths.stream()
                .map(path -> RuleFile.parse(folder.resolve(path.getFileName()).toString(), path.getFileName().toString(),
                        read(path)))
                .toList();
        List<RuleError> errors = new ArrayList<>();
        List<RuleWarning> warnings = new ArrayList<>();
        for (RuleFile file : files) {
            errors.addAll(file.syntaxErrors());
            errors.addAll(RulePolicy.check(file));
            warnings.addAll(RuleWarnings.of(file));
        }
        int rules = files.stream().mapToInt(file -> file.parsed() == null ? 0 : file.parsed().getRules().size()).sum();
        if (!errors.isEmpty()) {
            return new RuleCheck(errors, warnings, files.size(), rules, null);
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.content());
            resource.setSourcePath(file.display());
            builder.add(resource, ResourceType.DRL);
        }
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            errors.add(ErrorLocator.locate(fileOf(files, result), result));
        }
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.WARNING)) {
            RuleError located = ErrorLocator.locate(fileOf(files, result), result);
            warnings.add(new RuleWarning(located.file(), located.line(), located.column(), located.message()));
        }
        if (!errors.isEmpty()) {
            return new RuleCheck(errors, warnings, files.size(), rules, null);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        files.forEach(file -> sources.put(file.name(), file.text()));
        RuleSet ruleSet = new RuleSet(hash(files.stream().map(RuleFile::name).toList(),
                files.stream().map(RuleFile::content).toList()), sources, RuleCatalog.of(files), builder.newKieBase(),
                sessions);
        return new RuleCheck(errors, warnings, files.size(), rules, ruleSet);
    }

    private static RuleFile fileOf(List<RuleFile> files, KnowledgeBuilderResult result) {
        if (result.getResource() == null || result.getResource().getSourcePath() == null) {
            return null;
        }
        String source = result.getResource().getSourcePath();
        return files.stream().filter(file -> file.display().equals(source)).findFirst().orElse(null);
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
}
