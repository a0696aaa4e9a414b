package io.healthscore.scoring;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Drivers;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.RuleFailureException;
import io.healthscore.rules.RuleOutcome;
import io.healthscore.rules.RuleSet;
import io.healthscore.rules.facts.Customer;
import io.healthscore.rules.facts.MonthBand;
import io.healthscore.rules.facts.MonthlyScore;
import io.healthscore.rules.facts.Week;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Scores one company-month: feeds its facts to the rules and reads their decisions back as an assessment. */
public final class Scorer {
    private static final int DRIVER_DECIMALS = 2;

    private final RuleSet rules;

    public Scorer(RuleSet rules) {
        this.rules = rules;
    }

    public String rulesHash() {
        return rules.hash();
    }

    /** The rule files this scorer's rules were compiled from, by name. */
    public Map<String, String> ruleSources() {
        return rules.sources();
    }

    public Assessment score(CompanyMonth input) {
        RuleOutcome outcome;
        try {
            outcome = rules.evaluate(facts(input));
        } catch (RuleFailureException e) {
            throw new RuleFailureException(describe(input) + ": " + e.getMessage(), e);
        }
        Band band = singleBand(input, outcome);
        MonthlyScore monthly = monthlyScore(input, outcome, band);
        Integer score = monthly == null ? null : monthly.score();
        RuleOutcome shown = input.pin() == null || input.pin().band() == band ? outcome : pinned(input, outcome);
        return new Assessment(input.company(), input.month(), score, monthly == null ? null : monthly.mean(), band,
                input.previous(), drivers(input, score), shown.triggers(), outcome.firedRules(), rules.hash(),
                Explain.of(input, outcome, shown), input.standing(band));
    }

    /**
     * The month evaluated with the override's band in place of the rules' one: its triggers are the ones the rules
     * ask for on entering that band, marked with the rules that asked.
     */
    private RuleOutcome pinned(CompanyMonth input, RuleOutcome automatic) {
        RuleOutcome outcome;
        try {
            outcome = rules.evaluatePinned(facts(input), new MonthBand(input.pin().band()), automatic.bandRules());
        } catch (RuleFailureException e) {
            throw new RuleFailureException(describe(input) + " with the band pinned to " + input.pin().band() + ": "
                    + e.getMessage(), e);
        }
        if (outcome.bands().size() != 1) {
            throw new RuleFailureException(describe(input) + ": with the band pinned to " + input.pin().band()
                    + " by override " + input.pin().overrideId() + " the rules still set " + outcome.bands()
                    + "; only the rules that set the band are held back, so a rule that sets a band from another band"
                    + " cannot be combined with an override");
        }
        return outcome;
    }

    /** The facts the rules see for one company-month: the customer, its previous assessment and its weeks. */
    static List<Object> facts(CompanyMonth input) {
        List<Object> facts = new ArrayList<>(input.weeks().size() + 2);
        facts.add(new Customer(input.company().value(), input.segment()));
        facts.add(input.previous());
        for (WeeklyMetrics week : input.weeks()) {
            facts.add(new Week(week.week(), week.login(), week.adoption(), week.nps()));
        }
        return facts;
    }

    private static Band singleBand(CompanyMonth input, RuleOutcome outcome) {
        if (outcome.bands().size() != 1) {
            throw new RuleFailureException(describe(input) + ": the rules assigned " + outcome.bands().size()
                    + " bands " + outcome.bands() + "; exactly one MonthBand must be inserted per assessment");
        }
        return outcome.bands().get(0).band();
    }

    private static MonthlyScore monthlyScore(CompanyMonth input, RuleOutcome outcome, Band band) {
        List<MonthlyScore> scores = outcome.monthlyScores();
        if (band == Band.NONE && scores.isEmpty()) {
            return null;
        }
        if (band != Band.NONE && scores.size() == 1) {
            return scores.get(0);
        }
        throw new RuleFailureException(describe(input) + ": the rules assigned band " + band + " with "
                + scores.size() + " MonthlyScore facts; every band but NONE needs exactly one, NONE needs none");
    }

    static Drivers drivers(CompanyMonth input, Integer score) {
        List<WeeklyMetrics> weeks = input.weeks();
        if (weeks.isEmpty()) {
            return new Drivers(null, null, null, 0, null);
        }
        Integer previous = input.previous().score();
        Integer change = score == null || previous == null ? null : score - previous;
        return new Drivers(average(weeks, WeeklyMetrics::login), average(weeks, WeeklyMetrics::adoption),
                average(weeks, WeeklyMetrics::nps), weeks.size(), change);
    }

    private static BigDecimal average(List<WeeklyMetrics> weeks, Function<WeeklyMetrics, BigDecimal> field) {
        List<BigDecimal> values = weeks.stream().map(field).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), DRIVER_DECIMALS, RoundingMode.HALF_UP);
    }

    private static String describe(CompanyMonth input) {
        return "company " + input.company() + " " + input.month();
    }
}
