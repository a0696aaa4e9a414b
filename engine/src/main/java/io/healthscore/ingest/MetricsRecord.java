package io.healthscore.ingest;

import io.healthscore.metrics.WeeklyMetrics;
import java.util.Map;

/** Turns one raw input record into weekly metrics (contract section 1), or throws naming the bad field. */
final class MetricsRecord {
    static final String PERCENT = "0 to 100";
    static final String NPS = "-100 to 100, or absent/null for no feedback";

    private MetricsRecord() {
    }

    static WeeklyMetrics parse(Map<String, FieldValue> values) {
        RecordFields fields = new RecordFields(values);
        return new WeeklyMetrics(fields.companyId("company"), fields.date("week"),
                fields.number("login", PERCENT, false), fields.number("adoption", PERCENT, false),
                fields.number("nps", NPS, true));
    }
}
