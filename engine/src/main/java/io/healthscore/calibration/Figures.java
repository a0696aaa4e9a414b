package io.healthscore.calibration;

import java.util.List;

/** Every calibration figure of one population (all companies, or one segment) under one rule set. */
public record Figures(long assessments, long churned, long notChurned, long censored, long unscored,
        List<Rate> bands, List<Rate> deciles, Monotonic monotonic, Auc auc, LeadTimes leadTimes) {
    public Figures {
        bands = List.copyOf(bands);
        deciles = List.copyOf(deciles);
    }
}
