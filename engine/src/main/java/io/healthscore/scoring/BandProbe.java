package io.healthscore.scoring;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.RuleFailureException;
import io.healthscore.rules.RuleOutcome;
import io.healthscore.rules.RuleSet;
import io.healthscore.rules.ScoringSet;
import io.healthscore.rules.facts.History;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores made-up months with a rule set before it is used: every week of the month at each whole score from 0 to 100 (with and
 * without NPS, first assessment and after an earlier one) and a month without data. Each must get exactly one
 * band, or a real company with such a month would stop the run. Every set is probed, each segment's as a company of
 * that segment. Returns one line per problem, scores grouped; {@link #conflicts} finds where two rules set
 * different bands for one made-up month.
 */
public final class BandProbe {
    private static final CompanyId PROBE = CompanyId.of("probe");
    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final Previous EARLIER = new Previous(Band.HEALTHY, 63);
    private static final int VARIANTS = 4;

    private BandProbe() {
    }

    public static List<String> problems(RuleSet rules) {
        Scorer scorer = new Scorer(rules);
        List<String> lines = new ArrayList<>();
        for (ScoringSet set : rules.sets()) {
            String prefix = set.segment() == null ? "" : "segment " + set.segment() + ": ";
            probe(set, month -> problem(scorer, set, month))
                    .forEach((problem, variants) -> lines(problem, variants).forEach(line -> lines.add(prefix + line)));
            String noData = problem(scorer, set, noData(set));
            if (noData != null) {
                lines.add(prefix + "a month without data: " + noData);
            }
        }
        return lines;
    }

    /**
     * Where two rules set different bands for one made-up month: one replaced the other's band without stating a
     * reason, or two rules forced different bands each with a reason. The one that acts last wins, by salience, so
     * such a pair is likely a mistake. A band forced with a reason over a band set without one is an exception, as
     * intended, and not reported.
     */
    public static List<String> conflicts(RuleSet rules) {
        List<String> lines = new ArrayList<>();
        for (ScoringSet set : rules.sets()) {
            String prefix = set.segment() == null ? "" : "segment " + set.segment() + ": ";
            probe(set, month -> conflict(set, month))
                    .forEach((conflict, variants) -> lines(conflict, variants).forEach(line -> lines.add(prefix + line)));
        }
        return lines;
    }

    /** problem -> variant of the made-up month -> the scores that have it. */
    private static Map<String, Map<String, List<Integer>>> probe(ScoringSet set,
            java.util.function.Function<CompanyMonth, String> finding) {
        Map<String, Map<String, List<Integer>>> found = new LinkedHashMap<>();
        for (boolean withNps : new boolean[] {false, true}) {
            for (Previous previous : List.of(Previous.NONE, EARLIER)) {
                String variant = (withNps ? "with NPS" : "without NPS")
                        + (previous == EARLIER ? ", after an assessment of HEALTHY 63" : ", first assessment");
                for (int score = 0; score <= 100; score++) {
                    String problem = finding.apply(month(set, score, withNps, previous));
                    if (problem != null) {
                        found.computeIfAbsent(problem, ignored -> new LinkedHashMap<>())
                                .computeIfAbsent(variant, ignored -> new ArrayList<>()).add(score);
                    }
                }
            }
        }
        return found;
    }

    /** Null also when the month has no single band: {@link #problems} reports that as an error. */
    private static String conflict(ScoringSet set, CompanyMonth month) {
        RuleOutcome outcome;
        try {
            outcome = set.evaluate(Scorer.facts(month));
        } catch (RuleFailureException e) {
            return null;
        }
        if (outcome.bands().size() != 1) {
            return null;
        }
        List<RuleOutcome.BandSetting> settings = outcome.bandSettings();
        for (int later = 1; later < settings.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                RuleOutcome.BandSetting first = settings.get(earlier);
                RuleOutcome.BandSetting second = settings.get(later);
                boolean differ = first.band().band() != second.band().band();
                if (differ && (!second.band().forced() || first.band().forced())) {
                    return "rules \"" + first.rule() + "\" and \"" + second.rule() + "\" set different bands ("
                            + first.band().band() + ", then " + second.band().band() + "); the one that acts later wins"
                            + (second.band().forced() ? "" : "; a rule that replaces a band on purpose states why:"
                            + " new MonthBand(Band." + second.band().band() + ", \"reason\")");
                }
            }
        }
        return null;
    }

    private static CompanyMonth noData(ScoringSet set) {
        return new CompanyMonth(PROBE, set.segment(), MONTH, List.of(), Previous.NONE).withPast(history(set), null);
    }

    /** An empty history as deep as the set declares, so that its history helpers can be called. */
    private static History history(ScoringSet set) {
        return new History(MONTH, List.of(), List.of(), set.declarations().historyMonths(),
                set.declarations().historyWeeks());
    }

    /** One line when every variant has the problem at the same scores, else one per variant. */
    private static List<String> lines(String problem, Map<String, List<Integer>> variants) {
        boolean everywhere = variants.size() == VARIANTS
                && variants.values().stream().map(BandProbe::ranges).distinct().count() == 1;
        if (everywhere) {
            return List.of("a month whose weeks score " + ranges(variants.values().iterator().next())
                    + " (with or without NPS, first assessment or not): " + problem);
        }
        List<String> lines = new ArrayList<>();
        variants.forEach((variant, scores) ->
                lines.add("a month whose weeks score " + ranges(scores) + " (" + variant + "): " + problem));
        return lines;
    }

    private static CompanyMonth month(ScoringSet set, int score, boolean withNps, Previous previous) {
        BigDecimal value = BigDecimal.valueOf(score);
        // feedback = (nps + 100) / 2, so this NPS gives a feedback equal to the other parts
        BigDecimal nps = withNps ? value.multiply(BigDecimal.valueOf(2)).subtract(BigDecimal.valueOf(100)) : null;
        // every week of the month, so that rules on how much of the month has data see a complete one
        List<WeeklyMetrics> weeks = WeeklyMetrics.weeksOf(MONTH).stream()
                .map(week -> new WeeklyMetrics(PROBE, week, value, value, nps)).toList();
        return new CompanyMonth(PROBE, set.segment(), MONTH, weeks, previous).withPast(history(set), null);
    }

    private static String problem(Scorer scorer, ScoringSet set, CompanyMonth month) {
        try {
            RuleOutcome outcome = set.evaluate(Scorer.facts(month));
            if (outcome.bands().size() != 1) {
                return bands(outcome);
            }
            scorer.score(month);
            return null;
        } catch (RuleFailureException e) {
            return e.getMessage().replaceFirst("^company probe 2026-10( \\(rules of segment [^)]*\\))?: ", "");
        }
    }

    private static String bands(RuleOutcome outcome) {
        if (outcome.bands().isEmpty()) {
            return "no rule sets a band; every month needs exactly one MonthBand";
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < outcome.bands().size(); i++) {
            named.add(outcome.bands().get(i).band() + " (rule \"" + outcome.bandRules().get(i) + "\")");
        }
        return outcome.bands().size() + " bands, " + String.join(" and ", named) + "; every month needs exactly one";
    }

    /** 0, 1, 2, 5, 7, 8 as "0-2, 5, 7-8". */
    static String ranges(List<Integer> scores) {
        List<String> parts = new ArrayList<>();
        int start = scores.get(0);
        int previous = start;
        for (int i = 1; i <= scores.size(); i++) {
            if (i < scores.size() && scores.get(i) == previous + 1) {
                previous = scores.get(i);
                continue;
            }
            parts.add(start == previous ? String.valueOf(start) : start + "-" + previous);
            if (i < scores.size()) {
                start = scores.get(i);
                previous = start;
            }
        }
        return String.join(", ", parts);
    }
}
