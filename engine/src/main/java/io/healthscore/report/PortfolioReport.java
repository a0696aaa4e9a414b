package io.healthscore.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The portfolio's health in one month: the distribution by band, the health target, the movers, the score drops,
 * the companies at risk, the changes made by hand, the happiness mix, and the distribution of the last months
 * ({@code trend}, oldest first, ending with this month's distribution), and the scores the rules marked
 * low-confidence ({@code lowConfidence}, in company order). {@code rulesHashes} names the rule sets that scored the
 * month's assessments, the one that scored the most companies first; empty when none was scored. {@code provisional}
 * says how many companies the month shows on a month-to-date score (null when none), {@code earlyWarnings} the
 * companies the next month shows At Risk to date while this one does not (lowest score first).
 */
public record PortfolioReport(YearMonth month, Instant generatedAt, List<String> rulesHashes, Distribution distribution,
        HealthTarget target, List<Mover> moversUp, List<Mover> moversDown, int dropThreshold,
        List<ScoreDrop> scoreDrops, List<AtRiskCompany> atRisk, List<ManualChange> manualChanges,
        HappinessMix happiness, List<Distribution> trend, List<LowConfidenceScore> lowConfidence,
        ProvisionalShare provisional, List<EarlyWarning> earlyWarnings) {

    /** A report of a month without provisional scores, and none in the month after it. */
    public PortfolioReport(YearMonth month, Instant generatedAt, List<String> rulesHashes, Distribution distribution,
            HealthTarget target, List<Mover> moversUp, List<Mover> moversDown, int dropThreshold,
            List<ScoreDrop> scoreDrops, List<AtRiskCompany> atRisk, List<ManualChange> manualChanges,
            HappinessMix happiness, List<Distribution> trend, List<LowConfidenceScore> lowConfidence) {
        this(month, generatedAt, rulesHashes, distribution, target, moversUp, moversDown, dropThreshold, scoreDrops,
                atRisk, manualChanges, happiness, trend, lowConfidence, null, List.of());
    }

    /** A report without low-confidence scores. */
    public PortfolioReport(YearMonth month, Instant generatedAt, List<String> rulesHashes, Distribution distribution,
            HealthTarget target, List<Mover> moversUp, List<Mover> moversDown, int dropThreshold,
            List<ScoreDrop> scoreDrops, List<AtRiskCompany> atRisk, List<ManualChange> manualChanges,
            HappinessMix happiness, List<Distribution> trend) {
        this(month, generatedAt, rulesHashes, distribution, target, moversUp, moversDown, dropThreshold, scoreDrops,
                atRisk, manualChanges, happiness, trend, List.of());
    }

    public PortfolioReport {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(happiness, "happiness");
        rulesHashes = List.copyOf(rulesHashes);
        moversUp = List.copyOf(moversUp);
        moversDown = List.copyOf(moversDown);
        scoreDrops = List.copyOf(scoreDrops);
        atRisk = List.copyOf(atRisk);
        manualChanges = List.copyOf(manualChanges);
        trend = List.copyOf(trend);
        lowConfidence = List.copyOf(lowConfidence);
        earlyWarnings = List.copyOf(earlyWarnings);
        if (!distribution.month().equals(month)) {
            throw new IllegalArgumentException("report " + month + ": distribution is of " + distribution.month());
        }
        if (target.healthy() != distribution.healthy() || target.active() != distribution.active()) {
            throw new IllegalArgumentException("report " + month + ": target counts " + target.healthy() + " of "
                    + target.active() + " differ from the distribution's " + distribution.healthy() + " of "
                    + distribution.active());
        }
        if (dropThreshold < 1) {
            throw new IllegalArgumentException("report " + month + ": dropThreshold must be 1 or more, was " + dropThreshold);
        }
        if (provisional != null && provisional.companies() + provisional.assessed() > distribution.total()) {
            throw new IllegalArgumentException("report " + month + ": " + provisional.companies() + " provisional and "
                    + provisional.assessed() + " assessed companies are more than the " + distribution.total()
                    + " in the distribution");
        }
        checkMovers(month, moversUp, moversDown);
        checkTrend(month, distribution, trend);
    }

    /** The rule set that scored every assessment of the month; null when none or several did. */
    public String rulesHash() {
        return rulesHashes.size() == 1 ? rulesHashes.get(0) : null;
    }

    /** The month after this one, whose month-to-date scores the early warnings come from. */
    public YearMonth earlyWarningMonth() {
        return month.plusMonths(1);
    }

    /** Every company of the month, churned included. */
    public int companies() {
        return distribution.total();
    }

    private static void checkMovers(YearMonth month, List<Mover> up, List<Mover> down) {
        up.stream().filter(mover -> !mover.up()).findFirst().ifPresent(mover -> {
            throw new IllegalArgumentException("report " + month + ": moversUp holds " + mover.company() + " "
                    + mover.from() + " -> " + mover.to() + ", which is not a move up");
        });
        down.stream().filter(Mover::up).findFirst().ifPresent(mover -> {
            throw new IllegalArgumentException("report " + month + ": moversDown holds " + mover.company() + " "
                    + mover.from() + " -> " + mover.to() + ", which is a move up");
        });
    }

    private static void checkTrend(YearMonth month, Distribution distribution, List<Distribution> trend) {
        if (trend.isEmpty() || !trend.get(trend.size() - 1).equals(distribution)) {
            throw new IllegalArgumentException("report " + month + ": trend must end with this month's distribution");
        }
        for (int i = 1; i < trend.size(); i++) {
            if (!trend.get(i - 1).month().isBefore(trend.get(i).month())) {
                throw new IllegalArgumentException("report " + month + ": trend months must be in order, oldest first; "
                        + trend.get(i - 1).month() + " comes before " + trend.get(i).month());
            }
        }
    }
}
