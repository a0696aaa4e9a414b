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
import java.util.Set;
import java.util.TreeSet;

/** Computes the figures of a set of assessments against the known outcomes; each assessment counts once. */
public final class Calibration {
    /** The bands from the most churn expected to the least. */
    public static final List<Band> BANDS = List.of(Band.AT_RISK, Band.STEADY, Band.HEALTHY, Band.THRIVING);
    private static final int DECILES = 10;

    private Calibration() {
    }

    public static Figures figures(List<Scored> assessments, Outcomes outcomes) {
        return figures(assessments, List.of(), outcomes);
    }

    /**
     * The figures of the assessments; {@code warnings}, AT_RISK provisional scores, count for the lead time only (a
     * provisional score is not an assessment, so it is in no band or decile).
     */
    public static Figures figures(List<Scored> assessments, List<Warning> warnings, Outcomes outcomes) {
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
                Monotonic.of(bandRates), Auc.of(churnedAt, notChurnedAt), leadTimes(assessments, warnings, outcomes));
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

    /**
     * For each company that churned and was assessed or warned before, the months from its first AT_RISK, monthly or
     * provisional, to its churn; {@code provisionalFirst} are those whose first AT_RISK was a provisional score of a
     * month before any monthly AT_RISK of theirs.
     */
    static LeadTimes leadTimes(List<Scored> assessments, List<Warning> warnings, Outcomes outcomes) {
        Map<CompanyId, YearMonth> firstAtRisk = new HashMap<>();
        Map<CompanyId, YearMonth> firstWarning = new HashMap<>();
        Set<CompanyId> seenBeforeChurn = new TreeSet<>();
        for (Scored scored : assessments) {
            outcomes.churn(scored.company()).filter(churn -> !scored.month().isAfter(churn)).ifPresent(churn -> {
                seenBeforeChurn.add(scored.company());
                if (scored.band() == Band.AT_RISK) {
                    firstAtRisk.merge(scored.company(), scored.month(), Calibration::earlier);
                }
            });
        }
        for (Warning warning : warnings) {
            outcomes.churn(warning.company()).filter(churn -> !warning.month().isAfter(churn)).ifPresent(churn -> {
                seenBeforeChurn.add(warning.company());
                firstWarning.merge(warning.company(), warning.month(), Calibration::earlier);
            });
        }
        Map<CompanyId, Integer> months = new HashMap<>();
        List<CompanyId> unwarned = new ArrayList<>();
        List<CompanyId> provisionalFirst = new ArrayList<>();
        for (CompanyId company : seenBeforeChurn) {
            YearMonth monthly = firstAtRisk.get(company);
            YearMonth provisional = firstWarning.get(company);
            YearMonth first = monthly == null ? provisional : provisional == null ? monthly : earlier(monthly, provisional);
            if (first == null) {
                unwarned.add(company);
                continue;
            }
            if (provisional != null && (monthly == null || provisional.isBefore(monthly))) {
                provisionalFirst.add(company);
            }
            months.put(company, (int) ChronoUnit.MONTHS.between(first, outcomes.churn(company).orElseThrow()));
        }
        return new LeadTimes(months, unwarned, provisionalFirst);
    }

    private static YearMonth earlier(YearMonth one, YearMonth other) {
        return one.isBefore(other) ? one : other;
    }
}
