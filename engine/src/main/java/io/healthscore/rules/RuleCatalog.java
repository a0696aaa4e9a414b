package io.healthscore.rules;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;

/** Where each rule of a rule set is written, by rule name, so an explanation can point at the rule and its conditions. */
public final class RuleCatalog {
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");

    private final Map<String, RuleLocation> rules;

    private RuleCatalog(Map<String, RuleLocation> rules) {
        this.rules = rules;
    }

    /** Parses rule files (name and text) to find their rules; files that do not parse contribute nothing. */
    public static RuleCatalog of(Map<String, String> files) {
        return of(files.entrySet().stream()
                .map(file -> RuleFile.parse(file.getKey(), file.getKey(),
                        file.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList());
    }

    static RuleCatalog of(List<RuleFile> files) {
        Map<String, RuleLocation> rules = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (file.parsed() != null) {
                for (RuleDescr rule : file.parsed().getRules()) {
                    rules.putIfAbsent(rule.getName(), new RuleLocation(file.name(), rule.getLine(), conditions(file, rule)));
                }
            }
        }
        return new RuleCatalog(Map.copyOf(rules));
    }

    public Optional<RuleLocation> find(String ruleName) {
        return Optional.ofNullable(rules.get(ruleName));
    }

    public int size() {
        return rules.size();
    }

    /** The rule's conditions as written, on one line, comments left out. */
    private static String conditions(RuleFile file, RuleDescr rule) {
        int start = Math.max(rule.getStartCharacter(), 0);
        int end = rule.getEndCharacter() < start ? file.text().length() : Math.min(rule.getEndCharacter() + 1, file.text().length());
        String code = file.code().substring(start, end);
        Matcher when = WHEN.matcher(code);
        Matcher then = THEN.matcher(code);
        if (!when.find() || !then.find(when.end())) {
            return "";
        }
        String written = CodeText.withoutComments(file.text().substring(start, end));
        return written.substring(when.end(), then.start()).replaceAll("\\s+", " ").trim();
    }
}
