package io.healthscore.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds one rule set's side of the report from its assessments. */
public final class CalibrationSide {
    private CalibrationSide() {
    }

    public static CalibrationReport.Side of(String rules, List<Scored> assessments, Outcomes outcomes) {
        return of(rules, assessments, List.of(), outcomes);
    }

    /** As {@link #of(String, List, Outcomes)}, the lead times counting the AT_RISK provisional scores {@code warnings}. */
    public static CalibrationReport.Side of(String rules, List<Scored> assessments, List<Warning> warnings,
            Outcomes outcomes) {
        Map<String, List<Scored>> bySegment = new TreeMap<>();
        for (Scored scored : assessments) {
            bySegment.computeIfAbsent(segment(scored.segment()), key -> new ArrayList<>()).add(scored);
        }
        Map<String, List<Warning>> warningsBySegment = new TreeMap<>();
        for (Warning warning : warnings) {
            warningsBySegment.computeIfAbsent(segment(warning.segment()), key -> new ArrayList<>()).add(warning);
        }
        Map<String, Figures> segments = new TreeMap<>();
        bySegment.forEach((segment, scored) -> segments.put(segment,
                Calibration.figures(scored, warningsBySegment.getOrDefault(segment, List.of()), outcomes)));
        return new CalibrationReport.Side(rules, Calibration.figures(assessments, warnings, outcomes), segments);
    }

    private static String segment(String segment) {
        return segment == null || segment.isBlank() ? CalibrationReport.NO_SEGMENT : segment;
    }
}
