package io.healthscore.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Places a compiler error at the line and column of what it is about. Drools reports most semantic errors at the
 * start of the rule or pattern; the unresolved name in the message is looked up from there to the rule's end.
 */
final class ErrorLocator {
    /** Messages and the group that names the culprit, most specific first. */
    private static final List<Pattern> CULPRITS = List.of(
            Pattern.compile("unable to resolve method using strict-mode: [\\w.$]+\\.(\\w+)\\(\\)"),
            Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'"),
            Pattern.compile("Unable to Analyse Expression ([^:\\[]+?)\\s*:"),
            Pattern.compile("(\\w+) cannot be resolved"),
            Pattern.compile("The (?:constructor|method) (\\w+)\\("),
            Pattern.compile("'([\\w.$]+)'"));

    private ErrorLocator() {
    }

    static RuleError locate(RuleFile file, KnowledgeBuilderResult result) {
        String message = result.getMessage() == null ? "unknown error" : result.getMessage().replaceAll("\\s+", " ").trim();
        int[] lines = result.getLines();
        int line = lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
        int column = result instanceof DescrBuildError error && error.getDescr() != null && line > 0
                ? Math.max(error.getDescr().getColumn(), 0) + 1 : 0;
        if (file == null || line == 0) {
            return new RuleError(file == null ? "" : file.display(), line, column, message);
        }
        int found = find(file, line, message);
        if (found >= 0) {
            return new RuleError(file.display(), CodeText.line(file.text(), found), CodeText.column(file.text(), found),
                    message);
        }
        return new RuleError(file.display(), line, column, message);
    }

    /** Offset of the culprit between the reported line and the end of the rule, or -1. */
    private static int find(RuleFile file, int line, String message) {
        String code = file.code();
        int from = CodeText.lineStart(code, line);
        int to = ruleEnd(code, from);
        for (Pattern culprit : CULPRITS) {
            Matcher match = culprit.matcher(message);
            if (match.find()) {
                int at = indexOf(code, from, to, match.group(1).trim());
                if (at >= 0) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** The end of the rule that starts at or before {@code from}: its closing {@code end} keyword. */
    private static int ruleEnd(String code, int from) {
        Matcher end = Pattern.compile("(?m)^\\s*end\\b").matcher(code);
        return end.find(from) ? end.end() : code.length();
    }

    private static int indexOf(String code, int from, int to, String culprit) {
        String words = Pattern.quote(culprit).replace(" ", "\\E\\s*\\Q");
        Matcher match = Pattern.compile("(?<![\\w$])" + words + "(?![\\w$])").matcher(code);
        match.region(from, to);
        return match.find() ? match.start() : -1;
    }
}
