package io.healthscore.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One week of the company's weekly series: the Monday that starts it, its login, adoption and NPS (null without a
 * survey) and, for a week of an earlier month, the weekly score stored with that month's assessment (null for the
 * weeks of the month being scored, whose scores the rules are computing: see {@link History#scoreSlope}).
 */
public record SeriesWeek(LocalDate start, BigDecimal login, BigDecimal adoption, BigDecimal nps, BigDecimal score) {
}
