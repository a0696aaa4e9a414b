package io.healthscore.report;

import static io.healthscore.assessment.EffectiveBand.AT_RISK;
import static io.healthscore.assessment.EffectiveBand.CHURNED;
import static io.healthscore.assessment.EffectiveBand.HEALTHY;
import static io.healthscore.assessment.EffectiveBand.NONE;
import static io.healthscore.assessment.EffectiveBand.STEADY;
import static io.healthscore.assessment.EffectiveBand.THRIVING;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A portfolio of 40 companies in October 2026 whose figures are worked out by hand: THRIVING 12, HEALTHY 11,
 * STEADY 11, AT_RISK 5, NONE 1, CHURNED 0, so 23 of 40 active companies (57.5%) are healthy against a 70% target,
 * 5 companies short (ceil(28) - 23). Four months of trend, movers both ways, two drops, five at risk, two
 * manual changes (one note with markup), and 35 companies with NPS feedback, 5 without.
 */
final class KnownReport {
    static final YearMonth MONTH = YearMonth.of(2026, 10);
    static final String RULES_HASH = "749597a8a152" + "0c4f1e2d3b4a5968778695a4b3c2d1e0f0e1d2c3b4a59687";
    static final Instant GENERATED = Instant.parse("2026-11-01T06:00:00Z");
    static final String MARKUP_NOTE = "Renewal call went badly <b>& champion left</b>";

    private KnownReport() {
    }

    static PortfolioReport report() {
        Distribution october = distribution(MONTH, 12, 11, 11, 5, 1, 0);
        return new PortfolioReport(MONTH, GENERATED, List.of(RULES_HASH), october, HealthTarget.of(new BigDecimal("70"), october),
                moversUp(), moversDown(), 15, scoreDrops(), atRisk(), manualChanges(), happiness(), trend(october));
    }

    /** The same month with nothing to list: no movers, drops, companies at risk or changes, no feedback, no trend. */
    static PortfolioReport empty() {
        Distribution october = distribution(MONTH, 0, 0, 3, 0, 0, 1);
        return new PortfolioReport(MONTH, GENERATED, List.of(), october, HealthTarget.of(new BigDecimal("70"), october),
                List.of(), List.of(), 15, List.of(), List.of(), List.of(),
                HappinessMix.of(Collections.nCopies(3, null)), List.of(october));
    }

    /** Counts in EffectiveBand order: THRIVING, HEALTHY, STEADY, AT_RISK, NONE, CHURNED. */
    static Distribution distribution(YearMonth month, int... counts) {
        Map<EffectiveBand, Integer> byBand = new EnumMap<>(EffectiveBand.class);
        for (EffectiveBand band : EffectiveBand.values()) {
            byBand.put(band, counts[band.ordinal()]);
        }
        return new Distribution(month, byBand);
    }

    static Drivers drivers(String login, String adoption, String nps) {
        return new Drivers(new BigDecimal(login), new BigDecimal(adoption), nps == null ? null : new BigDecimal(nps), 4, null);
    }

    private static List<Mover> moversUp() {
        return List.of(
                new Mover("globex", "Globex Corp", "dana", STEADY, HEALTHY, 58, 47, drivers("70.5", "52", "30"), "automatic"),
                new Mover("initech", "Initech", "erin", AT_RISK, STEADY, 31, 22, drivers("40", "28.25", null), "automatic"),
                new Mover("umbrella", "Umbrella", null, CHURNED, HEALTHY, 55, null, drivers("60", "50", "12"), "reinstate"));
    }

    private static List<Mover> moversDown() {
        return List.of(
                new Mover("hooli", "Hooli", "erin", THRIVING, HEALTHY, 72, 81, drivers("74", "70", "20"), "automatic"),
                new Mover("soylent", "Soylent", "dana", HEALTHY, AT_RISK, 54, 60, drivers("58", "50", "-20"), "override"));
    }

    private static List<ScoreDrop> scoreDrops() {
        return List.of(
                new ScoreDrop("wonka", "Wonka Industries", 45, 24, AT_RISK, drivers("20", "28", "-35")),
                new ScoreDrop("vandelay", "Vandelay Industries", 71, 52, HEALTHY, drivers("55", "49", null)));
    }

    private static List<AtRiskCompany> atRisk() {
        return List.of(
                new AtRiskCompany("tyrell", "Tyrell", null, 25, Band.AT_RISK, false, 6, drivers("22", "28", "-50")),
                new AtRiskCompany("acme", "Acme", "dana", 18, Band.AT_RISK, false, 3, drivers("15", "21", "-60")),
                new AtRiskCompany("stark", "Stark", "erin", 20, Band.AT_RISK, false, 2, drivers("19", "21", null)),
                new AtRiskCompany("wonka", "Wonka Industries", "erin", 24, Band.AT_RISK, false, 1, drivers("20", "28", "-35")),
                new AtRiskCompany("soylent", "Soylent", "dana", 54, Band.HEALTHY, true, 1, drivers("58", "50", "-20")));
    }

    private static List<ManualChange> manualChanges() {
        return List.of(
                new ManualChange(Instant.parse("2026-10-14T09:30:00Z"), "soylent", MONTH, "override", "dana@example.com",
                        MARKUP_NOTE, HEALTHY, AT_RISK),
                new ManualChange(Instant.parse("2026-10-20T16:05:00Z"), "umbrella", MONTH, "reinstate", "erin", null,
                        CHURNED, HEALTHY));
    }

    /** 14 Very Happy, 12 Happy, 6 Neutral, 3 Not Happy (boundaries 50, 10, -10 and -10.01 among them), 5 without. */
    static HappinessMix happiness() {
        List<BigDecimal> nps = new ArrayList<>();
        add(nps, 13, "62.5");
        add(nps, 1, "50");
        add(nps, 11, "30");
        add(nps, 1, "10");
        add(nps, 5, "0");
        add(nps, 1, "-10");
        add(nps, 2, "-40");
        add(nps, 1, "-10.01");
        nps.addAll(Collections.nCopies(5, null));
        return HappinessMix.of(nps);
    }

    private static void add(List<BigDecimal> nps, int times, String value) {
        nps.addAll(Collections.nCopies(times, new BigDecimal(value)));
    }

    /** July to October; August had a churned company (20 of 39 active healthy, 51.3%). */
    private static List<Distribution> trend(Distribution october) {
        return List.of(
                distribution(YearMonth.of(2026, 7), 8, 10, 13, 7, 2, 0),
                distribution(YearMonth.of(2026, 8), 9, 11, 12, 6, 1, 1),
                distribution(YearMonth.of(2026, 9), 11, 10, 12, 6, 1, 0),
                october);
    }
}
