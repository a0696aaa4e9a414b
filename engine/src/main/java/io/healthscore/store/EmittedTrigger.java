package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import java.time.Instant;
import java.time.YearMonth;

/** A stored trigger with the assessment facts a sink needs to act on it. */
public record EmittedTrigger(CompanyId company, YearMonth month, String name, Band band, Band previousBand,
        Integer score, Integer previousScore, String rulesHash, Instant emittedAt) {

    /** Stable across re-runs, so receivers can de-duplicate: company/month/trigger. */
    public String id() {
        return company + "/" + month + "/" + name;
    }
}
