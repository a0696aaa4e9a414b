package io.healthscore.calibration;

import java.util.List;

/**
 * Whether churn falls steadily from AT_RISK to THRIVING: each band with enough outcomes churns no more than the
 * band below it with enough outcomes. {@code breaks} names the first pair where it rises; bands with too few
 * outcomes are skipped, and fewer than two bands left cannot tell.
 */
public record Monotonic(Verdict verdict, String breaks) {
    public enum Verdict { yes, no, cannot_tell }

    /** {@code bands} from AT_RISK up to THRIVING. */
    public static Monotonic of(List<Rate> bands) {
        List<Rate> known = bands.stream().filter(rate -> !rate.tooFew()).toList();
        if (known.size() < 2) {
            return new Monotonic(Verdict.cannot_tell, known.size() + " band(s) with at least " + Rate.MIN_KNOWN
                    + " known outcomes");
        }
        for (int index = 1; index < known.size(); index++) {
            Rate lower = known.get(index - 1);
            Rate higher = known.get(index);
            if (higher.above(lower)) {
                return new Monotonic(Verdict.no, higher.name() + " churns more than " + lower.name() + " ("
                        + Rate.percent(higher.share()) + " against " + Rate.percent(lower.share()) + ")");
            }
        }
        return new Monotonic(Verdict.yes, null);
    }

    public String describe() {
        return switch (verdict) {
            case yes -> "yes";
            case no -> "no: " + breaks;
            case cannot_tell -> "cannot tell: " + breaks;
        };
    }
}
