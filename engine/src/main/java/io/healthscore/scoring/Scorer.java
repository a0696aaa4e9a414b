package io.healthscore.scoring;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Drivers;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.RuleFailureException;
import io.healthscore.rules.RuleOutcome;
import io.healthscore.rules.RuleSet;
import io.healthscore.rules.RuleDeclarations;
import io.healthscore.rules.ScoringSet;
import io.healthscore.rules.facts.Coverage;
import io.healthscore.rules.facts.History;
import io.healthscore.rules.facts.Provisional;
import io.healthscore.rules.facts.SeriesWeek;
import io.healthscore.rules.facts.Customer;
import io.healthscore.rules.facts.MonthBand;
import io.healthscore.rules.facts.MonthlyScore;
import io.healthscore.rules.facts.Week;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /** The hash of the whole rules folder, every segment set included. */
    public String rulesHash() {
        return rules.hash();
    }

    public RuleSet rules() {
        return rules;
    }

    /**
     * Scores the month with the set of the company's segment ({@link RuleSet#forSegment}); the assessment records
     * that set's name and hash. Triggers that a cooldown holds back are left out of its triggers and recorded, with
     * why, in its explanation.
     */
    public Assessment score(CompanyMonth input) {
        return score(input, null);
    }

    /**
     * Scores the month to date: {@code input} holds only its complete weeks, and the rules see {@code provisional}
     * (with the band an override pins too). Only the triggers of rules that declare {@code @early} are kept, before
     * cooldowns apply: the others are neither emitted nor listed as held back.
     */
    public Assessment scoreToDate(CompanyMonth input, Provisional provisional) {
        return score(input, Objects.requireNonNull(provisional, "provisional"));
    }

    private Assessment score(CompanyMonth input, Provisional provisional) {
        ScoringSet set = rules.forSegment(input.segment());
        RuleOutcome outcome;
        try {
            outcome = set.evaluate(facts(input, set, provisional));
        } catch (RuleFailureException e) {
            throw new RuleFailureException(describe(input, set) + ": " + e.getMessage(), e);
        }
        Band band = singleBand(input, set, outcome);
        MonthlyScore monthly = monthlyScore(input, set, outcome, band);
        Integer score = monthly == null ? null : monthly.score();
        RuleOutcome shown = input.pin() == null || input.pin().band() == band ? outcome
                : pinned(input, set, outcome, provisional);
        if (provisional != null) {
            shown = earlyOnly(shown, set.declarations());
        }
        Cooldowns.Held held = Cooldowns.apply(input, set.declarations(), shown);
        return new Assessment(input.company(), input.month(), score, monthly == null ? null : monthly.mean(), band,
                input.previous(), drivers(input, score), held.emitted(), outcome.firedRules(), set.hash(),
                Explain.of(input, set, outcome, shown, held), input.standing(band));
    }

    private static List<Object> facts(CompanyMonth input, ScoringSet set, Provisional provisional) {
        List<Object> facts = facts(input, set);
        if (provisional != null) {
            facts.add(provisional);
        }
        return facts;
    }

    /** The outcome with only the triggers of {@code @early} rules: what a month-to-date score may emit. */
    private static RuleOutcome earlyOnly(RuleOutcome outcome, RuleDeclarations declared) {
        if (outcome.triggers().isEmpty()) {
            return outcome;
        }
        List<String> kept = new ArrayList<>();
        Map<String, String> rules = new LinkedHashMap<>();
        for (String trigger : outcome.triggers()) {
            String rule = outcome.triggerRules().get(trigger);
            if (declared.early(rule)) {
                kept.add(trigger);
                rules.put(trigger, rule);
            }
        }
        return new RuleOutcome(outcome.weeklyScores(), outcome.monthlyScores(), outcome.bands(), outcome.bandRules(),
                kept, rules, outcome.firedRules(), outcome.lowConfidence(), outcome.bandSettings());
    }

    /**
     * The month evaluated with the override's band in place of the rules' one: its triggers are the ones the rules
     * ask for on entering that band, marked with the rules that asked.
     */
    private RuleOutcome pinned(CompanyMonth input, ScoringSet set, RuleOutcome automatic, Provisional provisional) {
        RuleOutcome outcome;
        try {
            outcome = set.evaluatePinned(facts(input, set, provisional), new MonthBand(input.pin().band()),
                    automatic.bandRules());
        } catch (RuleFailureException e) {
            throw new RuleFailureException(describe(input, set) + " with the band pinned to " + input.pin().band() + ": "
                    + e.getMessage(), e);
        }
        if (outcome.bands().size() != 1) {
            throw new RuleFailureException(describe(input, set) + ": with the band pinned to " + input.pin().band()
                    + " by override " + input.pin().overrideId() + " the rules still set " + outcome.bands()
                    + "; only the rules that set the band are held back, so a rule that sets a band from another band"
                    + " cannot be combined with an override");
        }
        return outcome;
    }

    /**
     * The facts the rules see for one company-month: the customer, its previous assessment, its weeks, its history
     * and the month's data coverage.
     */
    static List<Object> facts(CompanyMonth input) {
        return facts(input, null);
    }

    /** As {@link #facts(CompanyMonth)}, leaving out {@code History} and {@code Coverage} when no rule of {@code set} matches them. */
    private static List<Object> facts(CompanyMonth input, ScoringSet set) {
        List<Object> facts = new ArrayList<>(input.weeks().size() + 4);
        facts.add(new Customer(input.company().value(), input.segment()));
        facts.add(input.previous());
        for (WeeklyMetrics week : input.weeks()) {
            facts.add(new Week(week.week(), week.login(), week.adoption(), week.nps()));
        }
        if (set == null || set.matches(History.class)) {
            facts.add(input.history());
        }
        if (set == null || set.matches(Coverage.class)) {
            facts.add(coverage(input));
        }
        return facts;
    }

    /** How many of the month's weeks have data, and how old its latest NPS answer is (this month or its history). */
    static Coverage coverage(CompanyMonth input) {
        LocalDate lastNps = null;
        for (WeeklyMetrics week : input.weeks()) {
            if (week.nps() != null) {
                lastNps = week.week();
            }
        }
        List<LocalDate> month = WeeklyMetrics.weeksOf(input.month());
        if (lastNps == null) {
            for (SeriesWeek week : input.history().weeks()) {
                if (week.nps() != null && week.start().isBefore(month.get(0))) {
                    lastNps = week.start();
                }
            }
        }
        Integer age = lastNps == null ? null : (int) ChronoUnit.WEEKS.between(lastNps, month.get(month.size() - 1));
        return new Coverage(input.weeks().size(), month.size(), lastNps, age);
    }

    private static Band singleBand(CompanyMonth input, ScoringSet set, RuleOutcome outcome) {
        if (outcome.bands().size() != 1) {
            throw new RuleFailureException(describe(input, set) + ": the rules assigned " + outcome.bands().size()
                    + " bands " + outcome.bands() + "; exactly one MonthBand must be inserted per assessment");
        }
        return outcome.bands().get(0).band();
    }

    private static MonthlyScore monthlyScore(CompanyMonth input, ScoringSet set, RuleOutcome outcome, Band band) {
        List<MonthlyScore> scores = outcome.monthlyScores();
        if (band == Band.NONE && scores.isEmpty()) {
            return null;
        }
        if (band != Band.NONE && scores.size() == 1) {
            return scores.get(0);
        }
        throw new RuleFailureException(describe(input, set) + ": the rules assigned band " + band + " with "
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

    /** The company and month, and the segment set when one scored it. */
    private static String describe(CompanyMonth input, ScoringSet set) {
        return "company " + input.company() + " " + input.month()
                + (set.segment() == null ? "" : " (rules of segment " + set.segment() + ")");
    }
}
