package io.healthscore.calibration;

/** The calibration report as one self-contained HTML page. */
public final class CalibrationHtml {
    private CalibrationHtml() {
    }

    public static String render(CalibrationReport report) {
        return "<!DOCTYPE html><html><body><pre>" + CalibrationText.render(report).replace("&", "&amp;")
                .replace("<", "&lt;") + "</pre></body></html>";
    }
}
