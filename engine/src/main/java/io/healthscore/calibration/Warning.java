package io.healthscore.calibration;

import io.healthscore.company.CompanyId;
import java.time.YearMonth;

/**
 * A provisional month-to-date score of {@code month} in AT_RISK: a warning given before the month was run, which
 * the lead time counts like a monthly AT_RISK (segment null: none).
 */
public record Warning(CompanyId company, String segment, YearMonth month) {
}
