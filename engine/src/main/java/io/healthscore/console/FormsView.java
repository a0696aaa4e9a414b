package io.healthscore.console;

import io.healthscore.assessment.Band;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The status forms of a company page for a CSM: set status (band, description, until) unless it is churned,
 * clear the override in force, churn or reinstate; each with the error beside the field it is about.
 */
record FormsView(String csrf, String company, boolean churned, boolean overridden, String from, String defaultUntil,
        List<BandOption> bands, String bandError, String note, String noteError, String until, String untilError,
        String statusError, String clearNote, String clearError, String churnNote, String churnNoteError,
        String churnError, String reinstateNote, String reinstateError) {

    static FormsView of(String csrf, String company, boolean churned, boolean overridden, YearMonth from,
            FormInput input) {
        FormInput given = input == null ? new FormInput("", null, null, Map.of()) : input;
        String band = given.value("status", "band");
        List<BandOption> bands = Stream.of(Band.THRIVING, Band.HEALTHY, Band.STEADY, Band.AT_RISK)
                .map(each -> new BandOption(each.name(), Chip.of(each).label(), each.name().equals(band))).toList();
        return new FormsView(csrf, company, churned, overridden, from.toString(), from.plusMonths(1).toString(), bands,
                given.error("status", "band"), given.value("status", "note"), given.error("status", "note"),
                given.value("status", "until"), given.error("status", "until"), given.error("status", null),
                given.value("clear", "note"), given.error("clear", null), given.value("churn", "note"),
                given.error("churn", "note"), given.error("churn", null), given.value("reinstate", "note"),
                given.error("reinstate", null));
    }

    record BandOption(String value, String label, boolean selected) {
    }
}
