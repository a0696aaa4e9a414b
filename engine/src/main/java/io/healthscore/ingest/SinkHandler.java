package io.healthscore.ingest;

import io.healthscore.InvalidFieldException;
import io.healthscore.metrics.WeeklyMetrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The slow path's end: validates a record the existing readers produced with {@link MetricsRecord#parse}, as the
 * Ingester always has, and hands a valid one to the sink; every rejection is kept with file and line. The
 * messages are the existing ones, word for word.
 */
final class SinkHandler implements RecordReader.Handler {
    private final String file;
    private final MetricsSink sink;
    private final List<Rejection> rejections = new ArrayList<>();
    private long records;

    SinkHandler(String file, MetricsSink sink) {
        this.file = file;
        this.sink = sink;
    }

    @Override
    public void record(long line, Integer element, Map<String, FieldValue> values) {
        records++;
        WeeklyMetrics metrics;
        try {
            metrics = MetricsRecord.parse(values);
        } catch (InvalidFieldException e) {
            rejections.add(new Rejection(file, line, element, e.getMessage()));
            return;
        }
        sink.week(metrics.company().value(), metrics.week().toEpochDay(), unscaled(metrics.login()),
                unscaled(metrics.adoption()), metrics.nps() == null ? MetricsSink.NO_NPS : unscaled(metrics.nps()), line);
    }

    @Override
    public void unreadable(long line, Integer element, String reason) {
        records++;
        rejections.add(new Rejection(file, line, element, reason));
    }

    /** The rejections so far, in the order the lines came. */
    List<Rejection> rejections() {
        return rejections;
    }

    /** Records seen, accepted or not. */
    long records() {
        return records;
    }

    /** Exact: a valid number has at most 6 decimals once trailing zeros are dropped, and lies within ±100. */
    private static long unscaled(BigDecimal value) {
        return value.setScale(MetricsSink.SCALE).unscaledValue().longValueExact();
    }
}
