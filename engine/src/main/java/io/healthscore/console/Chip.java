package io.healthscore.console;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.report.ReportCharts;

/** A band as the console shows it: a dot in the report's colour of the band, and its name for people. */
record Chip(String name, String label) {
    static Chip of(EffectiveBand band) {
        return new Chip(band.name(), ReportCharts.label(band));
    }

    static Chip of(Band band) {
        return of(EffectiveBand.of(band));
    }
}
