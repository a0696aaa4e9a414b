package io.healthscore.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;

/**
 * The rule policy, checked before anything is compiled: imports and globals name only the rule vocabulary, and
 * no code (conditions, consequences, functions) names anything that reaches the process, files, the network,
 * threads or reflection. Editing rules is deploying code; this keeps mistakes and casual misuse out.
 */
final class RulePolicy {
    private static final String SEE = "see rules/README.md, \"What rules may use\"";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    /** A qualified type name in code, e.g. {@code java.io.File}. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(?:java|javax|jakarta|jdk|sun|com|org|net|io|groovy|kotlin|scala)(?:\\.[a-z_][A-Za-z0-9_]*)*\\.[A-Z][A-Za-z0-9_]*");

    private RulePolicy() {
    }

    static List<RuleError> check(RuleFile file) {
        List<RuleError> errors = new ArrayList<>();
        if (file.parsed() == null) {
            return errors;
        }
        for (ImportDescr imported : file.parsed().getImports()) {
            checkImport(file, imported, "import " + imported.getTarget(), imported.getTarget(), errors);
        }
        for (FunctionImportDescr imported : file.parsed().getFunctionImports()) {
            String target = imported.getTarget();
            String type = target.contains(".") ? target.substring(0, target.lastIndexOf('.')) : target;
            checkImport(file, imported, "import function " + target, type, errors);
        }
        for (GlobalDescr global : file.parsed().getGlobals()) {
            if (!RuleVocabulary.allowsType(qualified(global.getType()))) {
                errors.add(at(file, global, "policy: global " + global.getType() + " " + global.getIdentifier()
                        + " is not allowed; a global's type must be one of " + RuleVocabulary.ACCEPTED_IMPORTS));
            }
        }
        scanCode(file, errors);
        return errors;
    }

    private static void checkImport(RuleFile file, BaseDescr descr, String shown, String type, List<RuleError> errors) {
        if (!RuleVocabulary.allowsType(type)) {
            errors.add(at(file, descr, "policy: " + shown + " is not allowed; rules may import "
                    + RuleVocabulary.ACCEPTED_IMPORTS + " (" + SEE + ")"));
        }
    }

    /** Globals may be declared with simple names of java.lang types; anything else must be imported and checked. */
    private static String qualified(String type) {
        return type.contains(".") ? type : "java.lang." + type;
    }

    private static void scanCode(RuleFile file, List<RuleError> errors) {
        String code = file.code();
        Matcher name = NAME.matcher(code);
        while (name.find()) {
            if (isImportLine(code, name.start())) {
                continue;
            }
            String reach = RuleVocabulary.reach(name.group());
            if (reach != null) {
                errors.add(at(file, name.start(), "policy: " + name.group() + " is not allowed in rules: it reaches "
                        + reach + ", and rules may only compute with facts and values (" + SEE + ")"));
            }
        }
        Matcher qualified = QUALIFIED.matcher(code);
        while (qualified.find()) {
            if (!isImportLine(code, qualified.start()) && !isPackageLine(code, qualified.start())
                    && !RuleVocabulary.allowsType(qualified.group())
                    && RuleVocabulary.reach(simpleName(qualified.group())) == null) {
                errors.add(at(file, qualified.start(), "policy: " + qualified.group() + " is not allowed in rules;"
                        + " code may name " + RuleVocabulary.ACCEPTED_IMPORTS + " (" + SEE + ")"));
            }
        }
    }

    private static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    private static boolean isImportLine(String code, int offset) {
        return lineOf(code, offset).startsWith("import ");
    }

    private static boolean isPackageLine(String code, int offset) {
        return lineOf(code, offset).startsWith("package ");
    }

    private static String lineOf(String code, int offset) {
        int start = code.lastIndexOf('\n', offset - 1) + 1;
        int end = code.indexOf('\n', offset);
        return code.substring(start, end < 0 ? code.length() : end).trim();
    }

    private static RuleError at(RuleFile file, int offset, String message) {
        return new RuleError(file.display(), CodeText.line(file.text(), offset), CodeText.column(file.text(), offset),
                message);
    }

    private static RuleError at(RuleFile file, BaseDescr descr, String message) {
        return new RuleError(file.display(), Math.max(descr.getLine(), 0), Math.max(descr.getColumn(), 0) + 1, message);
    }
}
