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
        Map<String, List<Scored>> bySegment = new TreeMap<>();
        for (Scored scored : assessments) {
            String segment = scored.segment() == null || scored.segment().isBlank() ? CalibrationReport.NO_SEGMENT
                    : scored.segment();
            bySegment.computeIfAbsent(segment, key -> new ArrayList<>()).add(scored);
        }
        Map<String, Figures> segments = new TreeMap<>();
        bySegment.forEach((segment, scored) -> segments.put(segment, Calibration.figures(scored, outcomes)));
        return new CalibrationReport.Side(rules, Calibration.figures(assessments, outcomes), segments);
    }
}
