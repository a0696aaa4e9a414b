package io.healthscore.cli;

import io.healthscore.assessment.ExplainedWeek;
import io.healthscore.assessment.WeightedPart;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** The weeks of an explanation as a table: values used and each weekly score as the weighted sum it was. */
final class ExplainWeeks {
    private static final String ROW = "  %-10s  %8s  %8s  %6s  %12s  %s";

    private final PrintStream out;

    ExplainWeeks(PrintStream out) {
        this.out = out;
    }

    void print(List<ExplainedWeek> weeks) {
        if (weeks.isEmpty()) {
            out.println("weeks used: none (no weekly data in the month)");
            return;
        }
        out.println("weeks used (" + weeks.size() + ")");
        out.println(String.format(ROW, "week", "login", "adoption", "nps", "weekly score", "= weights as applied x parts"));
        for (ExplainedWeek week : weeks) {
            out.println(String.format(ROW, week.week(), ExplainText.plain(week.login()), ExplainText.plain(week.adoption()),
                    ExplainText.plain(week.nps()), ExplainText.plain(week.score()), sum(week.parts())));
        }
    }

    private static String sum(List<WeightedPart> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        return "= " + parts.stream()
                .map(part -> ExplainText.plain(part.weight()) + " x " + part.name() + " " + ExplainText.plain(part.value()))
                .collect(Collectors.joining(" + "));
    }
}
