package io.healthscore.calibration;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import java.time.YearMonth;

/** One monthly assessment as the calibration reads it; score null and band NONE when the month had no data. */
public record Scored(CompanyId company, String segment, YearMonth month, Integer score, Band band) {
}
