package io.healthscore.scoring;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.RuleFailureException;
import io.healthscore.rules.RuleOutcome;
import io.healthscore.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores made-up months with a rule set before it is used: one week at every whole score from 0 to 100 (with and
 * without NPS, first assessment and after an earlier one) and a month without data. Each must get exactly one
 * band, or a real company with such a month would stop the run. Returns one line per problem, scores grouped.
 */
public final class BandProbe {
    private static final CompanyId PROBE = CompanyId.of("probe");
    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final LocalDate WEEK = LocalDate.of(2026, 10, 5);
    private static final Previous EARLIER = new Previous(Band.HEALTHY, 63);
    private static final int VARIANTS = 4;

    private BandProbe() {
    }

    public static List<String> problems(RuleSet rules) {
        Scorer scorer = new Scorer(rules);
        // problem -> variant of the made-up month -> the scores that have it
        Map<String, Map<String, List<Integer>>> problems = new LinkedHashMap<>();
        for (boolean withNps : new boolean[] {false, true}) {
            for (Previous previous : List.of(Previous.NONE, EARLIER)) {
                String variant = (withNps ? "with NPS" : "without NPS")
                        + (previous == EARLIER ? ", after an assessment of HEALTHY 63" : ", first assessment");
                for (int score = 0; score <= 100; score++) {
                    String problem = problem(scorer, rules, month(score, withNps, previous));
                    if (problem != null) {
                        problems.computeIfAbsent(problem, ignored -> new LinkedHashMap<>())
                                .computeIfAbsent(variant, ignored -> new ArrayList<>()).add(score);
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        problems.forEach((problem, variants) -> lines.addAll(lines(problem, variants)));
        String noData = problem(scorer, rules, new CompanyMonth(PROBE, null, MONTH, List.of(), Previous.NONE));
        if (noData != null) {
            lines.add("a month without data: " + noData);
        }
        return lines;
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

    private static CompanyMonth month(int score, boolean withNps, Previous previous) {
        BigDecimal value = BigDecimal.valueOf(score);
        // feedback = (nps + 100) / 2, so this NPS gives a feedback equal to the other parts
        BigDecimal nps = withNps ? value.multiply(BigDecimal.valueOf(2)).subtract(BigDecimal.valueOf(100)) : null;
        return new CompanyMonth(PROBE, null, MONTH, List.of(new WeeklyMetrics(PROBE, WEEK, value, value, nps)), previous);
    }

    private static String problem(Scorer scorer, RuleSet rules, CompanyMonth month) {
        try {
            RuleOutcome outcome = rules.evaluate(Scorer.facts(month));
            if (outcome.bands().size() != 1) {
                return bands(outcome);
            }
            scorer.score(month);
            return null;
        } catch (RuleFailureException e) {
            return e.getMessage().replaceFirst("^company probe 2026-10: ", "");
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
