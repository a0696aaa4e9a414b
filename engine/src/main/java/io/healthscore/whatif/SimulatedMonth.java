package io.healthscore.whatif;

import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import java.util.Map;

/**
 * Each side's assessments of the month before, as the what-if scored them: they are the previous assessments
 * of the next month, so a band the candidate changes leads to the candidate's own triggers a month later.
 */
final class SimulatedMonth {
    /** Before the first month: both sides start from the stored previous assessments. */
    static final SimulatedMonth STORED = new SimulatedMonth(null, null);

    private final Map<CompanyId, Previous> inForce;
    private final Map<CompanyId, Previous> candidate;

    /** Takes the maps over without copying (a month of a large store): the caller must not change them. */
    SimulatedMonth(Map<CompanyId, Previous> inForce, Map<CompanyId, Previous> candidate) {
        this.inForce = inForce;
        this.candidate = candidate;
    }

    CompanyMonth forInForce(CompanyMonth input) {
        return withPrevious(input, inForce);
    }

    CompanyMonth forCandidate(CompanyMonth input) {
        return withPrevious(input, candidate);
    }

    private static CompanyMonth withPrevious(CompanyMonth input, Map<CompanyId, Previous> simulated) {
        if (simulated == null) {
            return input;
        }
        // a company that became known after the month before was read keeps its stored previous assessment
        Previous previous = simulated.getOrDefault(input.company(), input.previous());
        return new CompanyMonth(input.company(), input.segment(), input.month(), input.weeks(), previous, null, null,
                input.history(), input.lastSent());
    }
}
