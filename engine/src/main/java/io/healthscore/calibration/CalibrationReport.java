package io.healthscore.calibration;

import java.time.YearMonth;
import java.util.Map;

/**
 * The calibration report: the months assessed, the horizon, the latest assessed month that decides which outcomes
 * are known, and each rule set's figures (the candidate's null without --rules).
 */
public record CalibrationReport(YearMonth from, YearMonth to, int horizon, YearMonth latest, long fileOutcomes,
        Side inForce, Side candidate) {
    /** One rule set's figures: for every company, and per segment ("(none)": companies without one). */
    public record Side(String rules, Figures all, Map<String, Figures> segments) {
        public Side {
            segments = Map.copyOf(segments);
        }
    }

    public static final String NO_SEGMENT = "(none)";
}
