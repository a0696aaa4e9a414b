package io.healthscore.rules.facts;

import io.healthscore.assessment.Band;
import java.time.YearMonth;

/**
 * One of the company's earlier assessments, as the history facts show it: the month, the whole-percent score (null
 * for band NONE), the band the rules set, the band the company was shown in (an override's, when one pinned it)
 * and whether the score was marked low-confidence.
 */
public record PastMonth(YearMonth month, Integer score, Band band, Band effectiveBand, boolean lowConfidence) {
}
