package io.healthscore.ingest;

import io.healthscore.InvalidFieldException;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a metrics file both ways for comparison: through the existing path exactly as {@code Ingester.readFile}
 * does (record reader, {@link MetricsRecord#parse}, a rejection per bad record), and through the fast reader.
 * Accepted records are described by value ({@code LINE: company week login adoption nps}, decimals without
 * trailing zeros), so that 82.5 and 82.500000 compare equal.
 */
final class ReadPaths {
    private ReadPaths() {
    }

    /** What a read produced, or the message of the exception it failed with. */
    record Outcome(List<String> accepted, List<Rejection> rejections, String failure) {
    }

    static Outcome existing(Path file) {
        List<String> accepted = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try {
            RecordReader.forFile(file).read(file, new RecordReader.Handler() {
                @Override
                public void record(long line, Integer element, Map<String, FieldValue> values) {
                    try {
                        accepted.add(describe(line, MetricsRecord.parse(values)));
                    } catch (InvalidFieldException e) {
                        rejections.add(new Rejection(file.toString(), line, element, e.getMessage()));
                    }
                }

                @Override
                public void unreadable(long line, Integer element, String reason) {
                    rejections.add(new Rejection(file.toString(), line, element, reason));
                }
            });
        } catch (UncheckedIOException e) {
            return new Outcome(List.of(), List.of(), e.getMessage());
        }
        return new Outcome(accepted, rejections, null);
    }

    static Outcome fast(Path file, int threads, int blockBytes) {
        Map<Integer, List<String>> chunks = new TreeMap<>();
        List<Rejection> rejections;
        try {
            rejections = new MetricsFileReader(threads, blockBytes).read(file, chunk -> {
                List<String> accepted = new ArrayList<>();
                chunks.put(chunk, accepted);
                return (company, epochDay, login, adoption, nps, line) -> {
                    try {
                        accepted.add(describe(line, weeklyMetrics(company, epochDay, login, adoption, nps)));
                    } catch (InvalidFieldException e) {
                        accepted.add(line + ": an invalid record reached the sink: " + e.getMessage());
                    }
                };
            }, new AtomicLong());
        } catch (UncheckedIOException e) {
            return new Outcome(List.of(), List.of(), e.getMessage());
        }
        return new Outcome(chunks.values().stream().flatMap(List::stream).toList(), rejections, null);
    }

    /** The sink's values as the weekly metrics they stand for. */
    static WeeklyMetrics weeklyMetrics(String company, long epochDay, long login, long adoption, long nps) {
        return new WeeklyMetrics(CompanyId.of(company), LocalDate.ofEpochDay(epochDay),
                BigDecimal.valueOf(login, MetricsSink.SCALE), BigDecimal.valueOf(adoption, MetricsSink.SCALE),
                nps == MetricsSink.NO_NPS ? null : BigDecimal.valueOf(nps, MetricsSink.SCALE));
    }

    static String describe(long line, WeeklyMetrics metrics) {
        return line + ": " + metrics.company() + " " + metrics.week() + " " + plain(metrics.login()) + " "
                + plain(metrics.adoption()) + " " + (metrics.nps() == null ? "-" : plain(metrics.nps()));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
