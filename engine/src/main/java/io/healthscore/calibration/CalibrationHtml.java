package io.healthscore.calibration;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The calibration report as one self-contained HTML page ({@code calibration/page.html}): the churn rate of each
 * band with its Wilson interval and the lead-time distribution as SVG, then the figures of every population.
 */
public final class CalibrationHtml {
    private static final Template PAGE = template();

    private CalibrationHtml() {
    }

    public static String render(CalibrationReport report) {
        List<Population> populations = new ArrayList<>();
        for (CalibrationRows.Table table : CalibrationRows.tables(report)) {
            populations.add(new Population(table.id(), table.title(),
                    table.header().isEmpty() ? List.of() : List.of(new Row("", table.header())), table.rows().stream()
                    .map(row -> new Row(row.label().strip(), row.cells())).toList()));
        }
        String subtitle = report.from() + " to " + report.to() + ": churn within " + report.horizon() + " month"
                + (report.horizon() == 1 ? "" : "s") + " of an assessment; outcomes known up to " + report.latest();
        return PAGE.execute(new Page("Calibration " + report.from() + " to " + report.to(), subtitle,
                CalibrationRows.outcomesLine(report), CalibrationCharts.bands(report), CalibrationCharts.leadTimes(report),
                populations));
    }

    private static Template template() {
        InputStream in = CalibrationHtml.class.getResourceAsStream("/calibration/page.html");
        if (in == null) {
            throw new IllegalStateException("calibration template /calibration/page.html is missing from the jar");
        }
        return Mustache.compiler().withEscaper(Escapers.HTML).nullValue("")
                .compile(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private record Page(String title, String subtitle, String outcomes, String bandChart, String leadChart,
            List<Population> populations) {
    }

    private record Population(String id, String title, List<Row> header, List<Row> rows) {
    }

    private record Row(String label, List<String> cells) {
    }
}
