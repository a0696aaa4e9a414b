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
    /** The consequence's knowledge helper: only these members may follow {@code drools.} or {@code kcontext.}. */
    private static final Pattern HELPER = Pattern.compile("\\b(drools|kcontext)\\b");
    private static final Pattern MEMBER = Pattern.compile("\\s*\\.\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*(\\()?");
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
        Matcher helper = HELPER.matcher(code);
        while (helper.find()) {
            if (!isImportLine(code, helper.start()) && !isPackageLine(code, helper.start()) && !followsDot(code, helper.start())
                    && !allowedHelperUse(code, helper.end())) {
                errors.add(at(file, helper.start(), "policy: " + helper.group() + " is allowed in rules only as "
                        + helper.group() + "." + String.join("(...), " + helper.group() + ".", RuleVocabulary.HELPER_MEMBERS)
                        + "(...): anything else reaches the session, the knowledge base and its class loader (" + SEE + ")"));
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

    /**
     * Whether what follows {@code drools}/{@code kcontext} at {@code offset} is a documented call, or a refused member
     * that the name scan reports on its own (one error per misuse, not two).
     */
    private static boolean allowedHelperUse(String code, int offset) {
        Matcher member = MEMBER.matcher(code).region(offset, code.length());
        if (!member.lookingAt()) {
            return false;
        }
        return RuleVocabulary.reach(member.group(1)) != null
                || RuleVocabulary.HELPER_MEMBERS.contains(member.group(1)) && member.group(2) != null;
    }

    /** Whether the name at {@code offset} is a member or package part ({@code org.drools}), not the helper itself. */
    private static boolean followsDot(String code, int offset) {
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i >= 0 && code.charAt(i) == '.';
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
