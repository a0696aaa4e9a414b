package io.healthscore.console;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.report.ReportCharts;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;

/** GET /console.css: the console's one style sheet, with the report's band colours. */
final class Style {
    private static final String CSS = Templates.render("console.css", new Sheet(Arrays.stream(EffectiveBand.values())
            .map(band -> new BandColour(band.name(), ReportCharts.colour(band))).toList()));

    private Style() {
    }

    static void css(Context ctx) {
        ctx.header("Cache-Control", "max-age=3600");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("text/css; charset=utf-8").result(CSS);
    }

    private record Sheet(List<BandColour> bands) {
    }

    private record BandColour(String name, String colour) {
    }
}
