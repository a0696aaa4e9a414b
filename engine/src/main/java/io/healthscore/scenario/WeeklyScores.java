package io.healthscore.scenario;

import io.healthscore.assessment.CompanyMonth;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.RuleSet;
import io.healthscore.rules.facts.Customer;
import io.healthscore.rules.facts.Week;
import io.healthscore.rules.facts.WeeklyScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The weekly scores the rules give a month. The {@code Scorer} does not expose them, so the rules run once more
 * over the facts it builds, built the same way: the customer, the previous assessment and one Week per week.
 */
final class WeeklyScores {
    private WeeklyScores() {
    }

    /** In the order of {@code input}'s weeks; a score for a week the input does not have comes last. */
    static List<BigDecimal> of(RuleSet rules, CompanyMonth input) {
        List<Object> facts = new ArrayList<>(input.weeks().size() + 2);
        facts.add(new Customer(input.company().value(), input.segment()));
        facts.add(input.previous());
        for (WeeklyMetrics week : input.weeks()) {
            facts.add(new Week(week.week(), week.login(), week.adoption(), week.nps()));
        }
        List<LocalDate> order = input.weeks().stream().map(WeeklyMetrics::week).toList();
        return rules.evaluate(facts).weeklyScores().stream()
                .sorted(Comparator.comparingInt(score -> position(order, score)))
                .map(WeeklyScore::score)
                .toList();
    }

    private static int position(List<LocalDate> order, WeeklyScore score) {
        int index = order.indexOf(score.week());
        return index < 0 ? order.size() : index;
    }
}
