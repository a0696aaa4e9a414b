package io.healthscore.console;

import io.healthscore.manual.BandOverride;
import io.healthscore.views.ExplainJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The "i" of a company's band: why it is shown in it, as {@code healthscore explain} tells it: the override and its
 * description when one pins it, the weeks used with the weights as applied, the monthly mean, the rule that set
 * the band and its conditions (and the reason when it forced the band), the rules that fired, the segment whose
 * rules scored it ({@code segment}, null for the base set), why the score is low-confidence (null when it is not),
 * and the earlier months the rules declare they read.
 */
record Why(boolean recorded, Pinned pinned, String score, String mean, List<WeekRow> weeks, RuleView bandRule,
        List<String> firedRules, String rulesHash, String segment, String bandReason, String lowConfidence,
        List<PastRow> history, String historyDepth) {

    boolean scored() {
        return !Shown.MISSING.equals(score);
    }

    boolean anyWeek() {
        return !weeks.isEmpty();
    }

    /** {@code pinning}: the override that pins this month's band, or null when the rules' band is shown. */
    static Why of(ExplainJson explain, BandOverride pinning) {
        return new Why(explain.recorded(), pinning == null ? null : Pinned.of(pinning), Shown.number(explain.score()), Shown.decimal(explain.mean()),
                explain.weeks().stream().map(WeekRow::of).toList(), RuleView.of(explain.bandRule()),
                fired(explain.firedRules()), explain.rulesHash().substring(0, Math.min(12, explain.rulesHash().length())),
                "base".equals(explain.ruleSet()) ? null : explain.ruleSet(), explain.bandReason(), explain.lowConfidence(),
                explain.history().stream().map(PastRow::of).toList(), depth(explain.historyDepth()));
    }

    /** "3 months" of assessments the rules read, or null when they declare none. */
    private static String depth(ExplainJson.HistoryDepth depth) {
        return depth.months() == 0 ? null : depth.months() + (depth.months() == 1 ? " month" : " months");
    }

    /** An earlier month the rules read: its score (marked when low-confidence) and the band it was shown in. */
    record PastRow(String month, String score, boolean lowConfidence, Chip chip) {
        static PastRow of(ExplainJson.PastMonth past) {
            return new PastRow(past.month().toString(), Shown.number(past.score()), past.lowConfidence() != null,
                    Chip.of(past.effectiveBand()));
        }
    }

    /** A rule that fired several times in a row (once a week) is one entry. */
    private static List<String> fired(List<String> fired) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < fired.size(); ) {
            int run = 1;
            while (i + run < fired.size() && fired.get(i + run).equals(fired.get(i))) {
                run++;
            }
            lines.add(fired.get(i) + (run > 1 ? " (" + run + " times)" : ""));
            i += run;
        }
        return lines;
    }

    /** The override that pins the band, with the description its author gave. */
    record Pinned(Chip chip, String author, String at, String from, String until, String note) {
        static Pinned of(BandOverride override) {
            return new Pinned(Chip.of(override.band()), override.author(), Shown.minute(override.setAt()),
                    override.from().toString(), override.until().toString(), override.note());
        }
    }

    /** One week as scored: its values, its score and each part with the weight it was given. */
    record WeekRow(String week, String login, String adoption, String nps, String score, String weights) {
        static WeekRow of(ExplainJson.Week week) {
            return new WeekRow(week.week().toString(), Shown.decimal(week.login()), Shown.decimal(week.adoption()),
                    Shown.decimal(week.nps()), Shown.decimal(week.score()), week.parts().stream()
                            .map(part -> part.name() + " " + Shown.decimal(part.value()) + " × " + weight(part.weight()))
                            .collect(Collectors.joining(", ")));
        }

        private static String weight(BigDecimal weight) {
            return Shown.decimal(weight);
        }
    }

    /** A rule by name, where it is written and its conditions; file and conditions empty when not recorded. */
    record RuleView(String name, String where, String when) {
        static RuleView of(ExplainJson.Rule rule) {
            return rule == null ? null : new RuleView(rule.name(),
                    rule.file() == null ? null : rule.file() + ":" + rule.line(), rule.when());
        }
    }
}
