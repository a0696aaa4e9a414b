package io.healthscore.rules.facts;

import io.healthscore.assessment.Band;

/** The band the rules assigned to the month; exactly one per assessment. */
public record MonthBand(Band band) {
}
