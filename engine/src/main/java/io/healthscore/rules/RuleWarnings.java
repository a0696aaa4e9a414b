package io.healthscore.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;

/** Things that compile but are likely mistakes in a health-score rule set. */
final class RuleWarnings {
    /** A number with a fraction or exponent written in code: DRL reads it as a binary double. */
    private static final Pattern FLOATING = Pattern.compile(
            "(?<![\\w.$])\\d+(?:\\.\\d+(?:[eE][+-]?\\d+)?|[eE][+-]?\\d+|\\.?\\d*[dDfF])(?![\\w.$])");

    private RuleWarnings() {
    }

    static List<RuleWarning> of(RuleFile file) {
        List<RuleWarning> warnings = new ArrayList<>();
        if (file.parsed() == null) {
            return warnings;
        }
        Matcher number = FLOATING.matcher(file.code());
        while (number.find()) {
            String literal = number.group();
            warnings.add(new RuleWarning(file.display(), CodeText.line(file.text(), number.start()),
                    CodeText.column(file.text(), number.start()), literal + " is a binary floating-point number in DRL;"
                    + " write new BigDecimal(\"" + literal.replaceAll("[dDfF]$", "") + "\") or Decimals.dec(\""
                    + literal.replaceAll("[dDfF]$", "") + "\") so that scores stay exact at band boundaries"));
        }
        for (RuleDescr rule : file.parsed().getRules()) {
            if (!rule.getAttributes().containsKey("salience")) {
                warnings.add(new RuleWarning(file.display(), rule.getLine(), rule.getColumn() + 1, "rule \""
                        + rule.getName() + "\" has no salience, so it acts after every rule that has one (the default"
                        + " order: weekly scores 100, monthly score 90, band 80, band triggers 70, other triggers 60);"
                        + " give it one to set its place (rules/README.md, \"The order in which rules act\")"));
            }
        }
        return warnings;
    }
}
