package io.healthscore.rules.facts;

import java.math.BigDecimal;

/** The month's score: the exact mean of the weekly scores and the whole-percent score the band is read from. */
public record MonthlyScore(BigDecimal mean, int score) {
}
