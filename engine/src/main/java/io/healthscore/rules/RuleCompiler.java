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
     * Parses the folder's files (the base files and each segment folder's), checks them against the rule policy
     * and, only when both pass, compiles the base set and each segment's. Returns every error and warning; the rule
     * set when there is no error.
     */
    public RuleCheck check(Path folder) {
        RuleFolder layout = RuleFolder.scan(folder);
        // read each file once: the hash must describe exactly the text compiled, even while an editor saves
        Map<Path, RuleFile> files = new LinkedHashMap<>();
        for (Path path : layout.allFiles()) {
            files.put(path, RuleFile.parse(path.toString(), layout.nameOf(path), read(path)));
        }
        List<RuleError> errors = new ArrayList<>(layout.errors());
        List<RuleWarning> warnings = new ArrayList<>();
        for (RuleFile file : files.values()) {
            errors.addAll(file.syntaxErrors());
            errors.addAll(RulePolicy.check(file));
            warnings.addAll(RuleWarnings.of(file));
        }
        int rules = files.values().stream().mapToInt(file -> file.parsed() == null ? 0 : file.parsed().getRules().size()).sum();
        if (!errors.isEmpty()) {
            return new RuleCheck(errors, warnings, files.size(), rules, null);
        }
        List<RuleFile> baseFiles = layout.base().stream().map(files::get).toList();
        Map<String, List<RuleFile>> compositions = new LinkedHashMap<>();
        compositions.put(ScoringSet.BASE, baseFiles);
        layout.segments().forEach((segment, paths) ->
                compositions.put(segment, compose(baseFiles, paths.stream().map(files::get).toList())));
        Map<String, ScoringSet> sets = new LinkedHashMap<>();
        for (Map.Entry<String, List<RuleFile>> composition : compositions.entrySet()) {
            ScoringSet set = compile(composition.getKey(), composition.getValue(), errors, warnings);
            if (set != null) {
                sets.put(composition.getKey(), set);
            }
        }
        if (!errors.isEmpty()) {
            sets.values().forEach(ScoringSet::close);
            return new RuleCheck(distinct(errors), distinctWarnings(warnings), files.size(), rules, null);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        files.values().forEach(file -> sources.put(file.name(), file.text()));
        ScoringSet base = sets.remove(ScoringSet.BASE);
        RuleSet ruleSet = new RuleSet(hash(List.copyOf(files.values())), base, sets, sources);
        return new RuleCheck(errors, distinctWarnings(warnings), files.size(), rules, ruleSet);
    }

    /** A segment's files in compile order: the base files, each replaced by the segment's file of the same name, and the segment's others. */
    private static List<RuleFile> compose(List<RuleFile> base, List<RuleFile> segment) {
        Map<String, RuleFile> byName = new java.util.TreeMap<>();
        base.forEach(file -> byName.put(file.name(), file));
        for (RuleFile file : segment) {
            String plain = file.name().substring(file.name().lastIndexOf('/') + 1);
            byName.remove(plain);
            byName.put(plain, file);
        }
        return List.copyOf(byName.values());
    }

    /** Compiles one set; null (with its errors added) when it does not compile. */
    private ScoringSet compile(String name, List<RuleFile> files, List<RuleError> errors, List<RuleWarning> warnings) {
        RuleDeclarations declarations = RuleDeclarations.of(files);
        errors.addAll(declarations.errors());
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.content());
            resource.setSourcePath(file.display());
            builder.add(resource, ResourceType.DRL);
        }
        int before = errors.size();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            errors.add(ErrorLocator.locate(fileOf(files, result), result));
        }
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.WARNING)) {
            RuleError located = ErrorLocator.locate(fileOf(files, result), result);
            warnings.add(new RuleWarning(located.file(), located.line(), located.column(), located.message()));
        }
        if (errors.size() > before || !declarations.errors().isEmpty()) {
            return null;
        }
        Map<String, String> sources = new LinkedHashMap<>();
        files.forEach(file -> sources.put(file.name(), file.text()));
        return new ScoringSet(name, hash(files), sources, RuleCatalog.of(files), declarations, PatternTypes.of(files),
                builder.newKieBase(), sessions);
    }

    private static List<RuleError> distinct(List<RuleError> errors) {
        return List.copyOf(new java.util.LinkedHashSet<>(errors));
    }

    private static List<RuleWarning> distinctWarnings(List<RuleWarning> warnings) {
        return List.copyOf(new java.util.LinkedHashSet<>(warnings));
    }

    private static RuleFile fileOf(List<RuleFile> files, KnowledgeBuilderResult result) {
        if (result.getResource() == null || result.getResource().getSourcePath() == null) {
            return null;
        }
        String source = result.getResource().getSourcePath();
        return files.stream().filter(file -> file.display().equals(source)).findFirst().orElse(null);
    }

    /** Every rule file of the folder, base and segment files: what the folder's hash covers. */
    static List<Path> ruleFiles(Path folder) {
        return RuleFolder.scan(folder).allFiles();
    }

    /** The hash {@link #compile} would give the folder's files as they are now, without compiling them. */
    static String hash(Path folder) {
        RuleFolder layout = RuleFolder.scan(folder);
        List<Path> files = layout.allFiles();
        return hash(files.stream().map(layout::nameOf).toList(), files.stream().map(RuleCompiler::read).toList());
    }

    private static String hash(List<RuleFile> files) {
        return hash(files.stream().map(RuleFile::name).toList(), files.stream().map(RuleFile::content).toList());
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
