package io.healthscore.cli;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.Explanation;
import io.healthscore.assessment.Previous;
import io.healthscore.rules.RuleCatalog;
import io.healthscore.scoring.RulesHistory;
import io.healthscore.store.StoredAssessment;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** A stored assessment's explanation for people: what was used, how it was weighed, which rules decided. */
final class ExplainText {
    private static final String INDENT = "              ";

    private final PrintStream out;
    private final RuleCatalog catalog;
    private final boolean rulesRecorded;

    ExplainText(PrintStream out, RuleCatalog catalog, boolean rulesRecorded) {
        this.out = out;
        this.catalog = catalog;
        this.rulesRecorded = rulesRecorded;
    }

    void print(StoredAssessment stored, RulesHistory read) {
        Assessment assessment = stored.assessment();
        Explanation explanation = assessment.explanation();
        out.println(assessment.company() + " " + assessment.month() + ": " + assessment.band()
                + (assessment.score() == null ? ", no score (no weekly data)" : ", score " + assessment.score()));
        if (assessment.standing().overridden()) {
            out.println(label("shown") + assessment.effectiveBand() + ", pinned by override "
                    + assessment.standing().overrideId() + " (healthscore history " + assessment.company() + ")");
        }
        out.println(label("previous") + previous(assessment.previous(), assessment.drivers()));
        out.println(label("scored") + stored.assessedAt() + " with rules " + assessment.rulesHash().substring(0, 12)
                + " (sha256 " + assessment.rulesHash() + ")");
        if (!Explanation.BASE.equals(explanation.ruleSet())) {
            out.println(label("rule set") + "segment " + explanation.ruleSet() + ": the base files with those of segments/"
                    + explanation.ruleSet() + "/");
        }
        if (!explanation.recorded()) {
            out.println("this assessment was stored before explanations were recorded; score it again to record one");
            return;
        }
        out.println();
        new ExplainWeeks(out).print(explanation.weeks());
        out.println();
        out.println(label("monthly mean") + (assessment.mean() == null ? "none: no weekly data"
                : plain(assessment.mean()) + ", rounded half up: " + assessment.score()));
        if (explanation.lowConfidenceScore()) {
            out.println(label("confidence") + "low: " + explanation.lowConfidence());
        }
        out.println(label("band") + assessment.band() + (explanation.bandReason() == null
                ? ", set by " + rule(explanation.bandRule())
                : ", forced by " + rule(explanation.bandRule()) + ": " + explanation.bandReason()));
        conditions(explanation.bandRule());
        out.println(label("drivers") + drivers(assessment.drivers()));
        printFired(assessment.firedRules());
        new ExplainTriggers(out, INDENT, this::rule).print(stored);
        if (read.declared() || explanation.lowConfidenceScore()) {
            new ExplainHistory(out, INDENT).print(read);
        }
    }

    /** The rules in firing order; a rule that fired several times in a row (once per week) is one line. */
    private void printFired(List<String> fired) {
        int line = 0;
        for (int i = 0; i < fired.size(); ) {
            int run = 1;
            while (i + run < fired.size() && fired.get(i + run).equals(fired.get(i))) {
                run++;
            }
            out.println((line == 0 ? label("rules fired") : INDENT) + (line + 1) + ". " + fired.get(i)
                    + (run > 1 ? " (" + run + " times)" : ""));
            line++;
            i += run;
        }
    }

    private void conditions(String ruleName) {
        catalog.find(ruleName).ifPresentOrElse(
                location -> out.println(INDENT + "when " + location.when()),
                () -> out.println(INDENT + (rulesRecorded ? "(its conditions are not in the recorded rule files)"
                        : "(the rule files of this rule set were not recorded)")));
    }

    String rule(String name) {
        return "rule \"" + name + "\"" + catalog.find(name).map(location -> " (" + location.file() + ":" + location.line() + ")")
                .orElse("");
    }

    static String label(String label) {
        return String.format("%-14s", label);
    }

    static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private static String previous(Previous previous, Drivers drivers) {
        if (previous.score() == null) {
            return previous.band() == Band.NONE ? "NONE (no earlier assessment, or one without data)"
                    : previous.band().toString();
        }
        return previous.band() + ", score " + previous.score()
                + (drivers.change() == null ? "" : " (change " + String.format("%+d", drivers.change()) + ")");
    }

    private static String drivers(Drivers drivers) {
        if (drivers.weeks() == 0) {
            return "no weeks with data";
        }
        return List.of("login " + plain(drivers.login()), "adoption " + plain(drivers.adoption()),
                "nps " + (drivers.nps() == null ? "none" : plain(drivers.nps()))).stream()
                .collect(Collectors.joining(", ")) + " (averages over " + drivers.weeks() + " weeks)";
    }
}
