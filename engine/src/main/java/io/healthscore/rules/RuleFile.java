package io.healthscore.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * One rule file as read and parsed: its name as shown to the user, its exact bytes (what the hash and the
 * compiler see), its text, the parsed package and any syntax errors.
 */
record RuleFile(String display, String name, byte[] content, String text, PackageDescr parsed, List<RuleError> syntaxErrors) {

    static RuleFile parse(String display, String name, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        DrlParser parser = new DrlParser();
        PackageDescr parsed;
        try {
            parsed = parser.parse((org.kie.api.io.Resource) null, text);
        } catch (DroolsParserException e) {
            return new RuleFile(display, name, content, text, null, List.of(new RuleError(display, 0, e.getMessage())));
        }
        List<RuleError> errors = new ArrayList<>();
        for (DroolsError error : parser.getErrors()) {
            errors.add(syntaxError(display, error));
        }
        if (parsed == null && errors.isEmpty()) {
            errors.add(new RuleError(display, 0, "the file could not be parsed as DRL"));
        }
        return new RuleFile(display, name, content, text, parsed, List.copyOf(errors));
    }

    private static RuleError syntaxError(String display, DroolsError error) {
        String message = error.getMessage().replaceAll("\\s+", " ").trim();
        if (error instanceof ParserError parserError) {
            // the location goes in front, counted from 1; Drools repeats it, counted from 0, inside the message
            message = message.replaceFirst("^(\\[ERR \\d+\\] )?Line \\d+:\\d+ ", "$1");
            // Drools counts columns from 0; editors and FILE:LINE:COL from 1
            return new RuleError(display, Math.max(parserError.getRow(), 0), parserError.getCol() + 1, message);
        }
        int[] lines = error.getLines();
        return new RuleError(display, lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0), message);
    }

    String code() {
        return CodeText.code(text);
    }
}
