package io.healthscore.rules;

import io.healthscore.rules.facts.History;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What the rules of one set declare beside their conditions, as rule metadata: how much history they read
 * ({@code @lookback(months = M, weeks = W)}, the deepest of all rules counts) and which rules' triggers have a
 * cooldown ({@code @cooldown(months = N)}: a trigger that rule inserts is emitted at most once in N months per
 * company), and which rules' triggers are emitted on a provisional month-to-date score ({@code @early}: the triggers
 * of every other rule are dropped there). {@link #errors} names every declaration that is not accepted, and every helper call whose depth,
 * written as a number, is more than declared.
 */
public record RuleDeclarations(int historyMonths, int historyWeeks, Map<String, Integer> cooldowns, Set<String> early,
        List<RuleError> errors) {
    public static final int MAX_COOLDOWN = 24;
    public static final RuleDeclarations NONE = new RuleDeclarations(0, 0, Map.of(), Set.of(), List.of());

    /** The helpers of {@link History} whose last argument is a depth in months, and those in weeks. */
    private static final Pattern MONTH_HELPERS = Pattern.compile("\\b(baseline|changeFromBaseline|monthsAgo)\\s*\\(");
    private static final Pattern WEEK_HELPERS = Pattern.compile("\\b(slope|scoreSlope|latestNps)\\s*\\(");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    public RuleDeclarations {
        cooldowns = Map.copyOf(cooldowns);
        early = Set.copyOf(early);
        errors = List.copyOf(errors);
    }

    /** The cooldown in months of the triggers this rule inserts; 0 when it declares none. */
    public int cooldown(String rule) {
        return cooldowns.getOrDefault(rule, 0);
    }

    /** Whether the rule's triggers are emitted on a provisional month-to-date score ({@code @early}). */
    public boolean early(String rule) {
        return early.contains(rule);
    }

    /** The longest cooldown any rule declares. */
    public int longestCooldown() {
        return cooldowns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** What rule files (name and text, as recorded with a rule set) declare; files that do not parse declare nothing. */
    public static RuleDeclarations of(Map<String, String> sources) {
        return of(sources.entrySet().stream()
                .map(file -> RuleFile.parse(file.getKey(), file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList());
    }

    static RuleDeclarations of(Collection<RuleFile> files) {
        int months = 0;
        int weeks = 0;
        Map<String, Integer> cooldowns = new LinkedHashMap<>();
        Set<String> early = new LinkedHashSet<>();
        List<RuleError> errors = new ArrayList<>();
        for (RuleFile file : files) {
            if (file.parsed() == null) {
                continue;
            }
            for (RuleDescr rule : file.parsed().getRules()) {
                AnnotationDescr history = rule.getAnnotation("lookback");
                if (history != null) {
                    int line = annotationLine(file, rule, "lookback");
                    for (String key : history.getValueMap().keySet()) {
                        if (!key.equals("months") && !key.equals("weeks")) {
                            errors.add(new RuleError(file.display(), line, "@lookback(" + key + " = ...) is not known;"
                                    + " accepted: @lookback(months = M, weeks = W), either or both"));
                        }
                    }
                    months = Math.max(months, depth(file, line, "@lookback months", history.getValue("months"),
                            History.MAX_MONTHS, " (the history cap)", errors));
                    weeks = Math.max(weeks, depth(file, line, "@lookback weeks", history.getValue("weeks"),
                            History.MAX_WEEKS, " (the history cap)", errors));
                }
                AnnotationDescr onProvisional = rule.getAnnotation("early");
                if (onProvisional != null) {
                    if (!onProvisional.getValueMap().isEmpty()) {
                        errors.add(new RuleError(file.display(), annotationLine(file, rule, "early"),
                                "@early takes no values; accepted: @early"));
                    }
                    early.add(rule.getName());
                }
                AnnotationDescr cooldown = rule.getAnnotation("cooldown");
                if (cooldown != null) {
                    int line = annotationLine(file, rule, "cooldown");
                    Object value = cooldown.getValue("months") != null ? cooldown.getValue("months") : cooldown.getValue("value");
                    if (value == null) {
                        errors.add(new RuleError(file.display(), line, "@cooldown needs a number of months;"
                                + " accepted: @cooldown(months = N), N from 1 to " + MAX_COOLDOWN));
                    } else {
                        int declared = depth(file, line, "@cooldown months", value, MAX_COOLDOWN, "", errors);
                        if (declared > 0) {
                            cooldowns.put(rule.getName(), declared);
                        }
                    }
                }
            }
        }
        for (RuleFile file : files) {
            checkCalls(file, MONTH_HELPERS, "months", months, History.MAX_MONTHS, errors);
            checkCalls(file, WEEK_HELPERS, "weeks", weeks, History.MAX_WEEKS, errors);
        }
        return new RuleDeclarations(months, weeks, cooldowns, early, errors);
    }

    /** A declared depth from 1 to {@code cap}; 0 (with an error) when it is not one. */
    /** A whole number from 1 to {@code cap}; 0, with an error saying what is accepted ({@code capNote}: what the cap is), else. */
    private static int depth(RuleFile file, int line, String what, Object value, int cap, String capNote,
            List<RuleError> errors) {
        if (value == null) {
            return 0;
        }
        String text = String.valueOf(value).trim();
        if (NUMBER.matcher(text).matches() && text.length() < 6) {
            int depth = Integer.parseInt(text);
            if (depth >= 1 && depth <= cap) {
                return depth;
            }
        }
        errors.add(new RuleError(file.display(), line, what + " is " + text + "; accepted: a whole number from 1 to "
                + cap + capNote));
        return 0;
    }

    /** The line of {@code @name} in the rule's text, else the rule's own line. */
    private static int annotationLine(RuleFile file, RuleDescr rule, String name) {
        int start = Math.max(rule.getStartCharacter(), 0);
        int at = file.code().indexOf("@" + name, start);
        return at < 0 ? rule.getLine() : CodeText.line(file.text(), at);
    }

    /** Every call of a history helper whose last argument is a number above the declared depth. */
    private static void checkCalls(RuleFile file, Pattern helpers, String unit, int declared, int cap,
            List<RuleError> errors) {
        if (file.parsed() == null) {
            return;
        }
        String code = file.code();
        Matcher call = helpers.matcher(code);
        while (call.find()) {
            String last = lastArgument(code, call.end());
            if (last == null || !NUMBER.matcher(last).matches() || last.length() > 6) {
                continue;
            }
            int depth = Integer.parseInt(last);
            if (depth > declared) {
                errors.add(new RuleError(file.display(), CodeText.line(file.text(), call.start()),
                        CodeText.column(file.text(), call.start()), call.group(1) + "(... " + depth + ") reads " + depth
                        + " " + unit + " of history; " + (depth > cap ? "the cap is " + cap
                        : "the rules declare " + declared + " (add @lookback(" + unit + " = " + depth
                        + ") to the rule; at most " + cap + ")")));
            }
        }
    }

    /** The last top-level argument of the call whose arguments start at {@code open}, trimmed; null when unbalanced. */
    private static String lastArgument(String code, int open) {
        int depth = 0;
        int lastStart = open;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ',' && depth == 0) {
                lastStart = i + 1;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return code.substring(lastStart, i).trim();
                }
                depth--;
            }
        }
        return null;
    }
}
