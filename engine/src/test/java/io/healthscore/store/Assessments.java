package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Assessments as the rules would produce them, built by hand so store tests need no rules. */
final class Assessments {
    static final String RULES_HASH = "6f01301909f9aa55";

    private Assessments() {
    }

    /** An assessment with four weeks of data, or none when {@code score} is null (band NONE). */
    static Assessment assessment(String company, String month, Integer score, Band band, Previous previous,
            String... triggers) {
        Drivers drivers = score == null ? Drivers.NO_DATA
                : new Drivers(new BigDecimal("70.25"), new BigDecimal("55"), new BigDecimal("12.5"), 4,
                        previous.score() == null ? null : score - previous.score());
        BigDecimal mean = score == null ? null : new BigDecimal(score).subtract(new BigDecimal("0.25"));
        return new Assessment(CompanyId.of(company), YearMonth.parse(month), score, mean, band, previous, drivers,
                List.of(triggers), List.of("weekly activity score", "monthly score", "band"), RULES_HASH,
                io.healthscore.assessment.Explanation.NONE);
    }

    static Assessment assessment(String company, String month, Integer score, Band band, String... triggers) {
        return assessment(company, month, score, band, Previous.NONE, triggers);
    }
}
