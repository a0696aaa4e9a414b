package io.healthscore.report;

import static io.healthscore.assessment.EffectiveBand.AT_RISK;
import static io.healthscore.assessment.EffectiveBand.HEALTHY;
import static io.healthscore.assessment.EffectiveBand.NONE;
import static io.healthscore.assessment.EffectiveBand.STEADY;
import static io.healthscore.assessment.EffectiveBand.THRIVING;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.ProvisionalWeeks;
import java.util.List;

/**
 * The known report's month read as scored to date: 38 of its 40 companies on a provisional score (30 on 2 of 5
 * weeks, 8 on 1 of 5), 2 with the month's assessment; globex, hooli, wonka, soylent and a low-confidence tyrell are
 * listed on a provisional score, the others on the month's assessment. And the known report as a month that is run
 * with the next month's early warnings: stark (15, no data in the month), vandelay (22, Steady) and umbrella (22,
 * not in the month).
 */
final class KnownProvisionalReport {
    static final ProvisionalWeeks TWO_OF_FIVE = new ProvisionalWeeks(2, 5);
    static final ProvisionalWeeks ONE_OF_FIVE = new ProvisionalWeeks(1, 5);

    private KnownProvisionalReport() {
    }

    static PortfolioReport scoredToDate() {
        PortfolioReport known = KnownReport.report();
        ProvisionalShare share = new ProvisionalShare(38, 2, List.of(new ProvisionalShare.WeeksUsed(TWO_OF_FIVE, 30),
                new ProvisionalShare.WeeksUsed(ONE_OF_FIVE, 8)));
        return new PortfolioReport(known.month(), known.generatedAt(), known.rulesHashes(), known.distribution(),
                known.target(),
                List.of(new Mover("globex", "Globex Corp", "dana", STEADY, HEALTHY, 58, 47,
                        KnownReport.drivers("70.5", "52", "30"), "automatic", TWO_OF_FIVE), known.moversUp().get(1)),
                List.of(new Mover("hooli", "Hooli", "erin", THRIVING, HEALTHY, 72, 81,
                        KnownReport.drivers("74", "70", "20"), "automatic", ONE_OF_FIVE)),
                15,
                List.of(new ScoreDrop("wonka", "Wonka Industries", 45, 24, AT_RISK, KnownReport.drivers("20", "28", "-35"),
                        TWO_OF_FIVE), known.scoreDrops().get(1)),
                List.of(known.atRisk().get(0),
                        new AtRiskCompany("soylent", "Soylent", "dana", 54, Band.HEALTHY, true, 1,
                                KnownReport.drivers("58", "50", "-20"), TWO_OF_FIVE),
                        new AtRiskCompany("wonka", "Wonka Industries", "erin", 24, Band.AT_RISK, false, 1,
                                KnownReport.drivers("20", "28", "-35"), TWO_OF_FIVE)),
                known.manualChanges(), known.happiness(), known.trend(),
                List.of(new LowConfidenceScore("tyrell", "Tyrell", 25, AT_RISK, "2 of 5 weeks have data", ONE_OF_FIVE),
                        new LowConfidenceScore("wonka", "Wonka Industries", 24, AT_RISK, "3 of 4 weeks have data")),
                share, List.of());
    }

    static PortfolioReport withEarlyWarnings() {
        PortfolioReport known = KnownReport.report();
        return new PortfolioReport(known.month(), known.generatedAt(), known.rulesHashes(), known.distribution(),
                known.target(), known.moversUp(), known.moversDown(), known.dropThreshold(), known.scoreDrops(),
                known.atRisk(), known.manualChanges(), known.happiness(), known.trend(), known.lowConfidence(), null,
                List.of(new EarlyWarning("stark", "Stark", "erin", 15, AT_RISK, ONE_OF_FIVE, NONE),
                        new EarlyWarning("vandelay", "Vandelay Industries", null, 22, AT_RISK, TWO_OF_FIVE, STEADY),
                        new EarlyWarning("umbrella", null, null, 22, AT_RISK, TWO_OF_FIVE, null)));
    }
}
