package io.healthscore.calibration;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes the figures of a set of assessments against the known outcomes; each assessment counts once. */
public final class Calibration {
    /** The bands from the most churn expected to the least. */
    public static final List<Band> BANDS = List.of(Band.AT_RISK, Band.STEADY, Band.HEALTHY, Band.THRIVING);
    private static final int DECILES = 10;

    private Calibration() {
    }

    public static Figures figures(List<Scored> assessments, Outcomes outcomes) {
        Map<Band, long[]> bands = new LinkedHashMap<>();
        BANDS.forEach(band -> bands.put(band, new long[2]));
        long[][] deciles = new long[DECILES][2];
        long[] churnedAt = new long[101];
        long[] notChurnedAt = new long[101];
        long churned = 0;
        long notChurned = 0;
        long censored = 0;
        long unscored = 0;
        for (Scored scored : assessments) {
            if (scored.score() == null || scored.band() == Band.NONE) {
                unscored++;
                continue;
            }
            Label label = outcomes.label(scored.company(), scored.month());
            if (label == Label.CENSORED) {
                censored++;
                continue;
            }
            boolean churnedHere = label == Label.CHURNED;
            int score = Math.max(0, Math.min(100, scored.score()));
            long[] cell = bands.get(scored.band());
            count(cell, churnedHere);
            count(deciles[decile(score)], churnedHere);
            if (churnedHere) {
                churned++;
                churnedAt[score]++;
            } else {
                notChurned++;
                notChurnedAt[score]++;
            }
        }
        List<Rate> bandRates = new ArrayList<>();
        bands.forEach((band, cell) -> bandRates.add(new Rate(band.name(), cell[0], cell[1])));
        List<Rate> decileRates = new ArrayList<>();
        for (int decile = 0; decile < DECILES; decile++) {
            decileRates.add(new Rate(decileName(decile), deciles[decile][0], deciles[decile][1]));
        }
        return new Figures(assessments.size(), churned, notChurned, censored, unscored, bandRates, decileRates,
                Monotonic.of(bandRates), Auc.of(churnedAt, notChurnedAt), leadTimes(assessments, outcomes));
    }

    private static void count(long[] cell, boolean churned) {
        cell[0] += churned ? 1 : 0;
        cell[1]++;
    }

    /** Ten-point score ranges: 0-9 is decile 0, ..., 90-100 is decile 9. */
    static int decile(int score) {
        return Math.min(score / 10, DECILES - 1);
    }

    static String decileName(int decile) {
        return decile * 10 + "-" + (decile == DECILES - 1 ? 100 : decile * 10 + 9);
    }

    static LeadTimes leadTimes(List<Scored> assessments, Outcomes outcomes) {
        Map<CompanyId, YearMonth> firstAtRisk = new HashMap<>();
        Map<CompanyId, Boolean> assessedBeforeChurn = new TreeMap<>();
        for (Scored scored : assessments) {
            outcomes.churn(scored.company()).ifPresent(churn -> {
                if (scored.month().isAfter(churn)) {
                    return;
                }
                assessedBeforeChurn.put(scored.company(), true);
                if (scored.band() == Band.AT_RISK) {
                    firstAtRisk.merge(scored.company(), scored.month(), (one, other) -> one.isBefore(other) ? one : other);
                }
            });
        }
        Map<CompanyId, Integer> months = new HashMap<>();
        List<CompanyId> unwarned = new ArrayList<>();
        for (CompanyId company : assessedBeforeChurn.keySet()) {
            YearMonth first = firstAtRisk.get(company);
            if (first == null) {
                unwarned.add(company);
            } else {
                YearMonth churn = outcomes.churn(company).orElseThrow();
                months.put(company, (int) ChronoUnit.MONTHS.between(first, churn));
            }
        }
        return new LeadTimes(months, unwarned);
    }
}
