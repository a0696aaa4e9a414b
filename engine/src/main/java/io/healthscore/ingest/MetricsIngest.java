package io.healthscore.ingest;

import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.Progress;
import io.healthscore.store.BulkMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingests one metrics file in bulk: read and validated on several threads into a {@link WeekBuffer}, then stored
 * as company-month rows in one transaction. A file too big for one buffer is read on one thread and stored a buffer
 * at a time, in file order, so that a later record of a week still wins.
 */
final class MetricsIngest {
    /** A JSON line of the contract's example has 70-90 bytes; a low guess only means more buffers. */
    private static final long BYTES_PER_RECORD = 40;
    private static final int PROGRESS_EVERY = 1 << 16;

    private final BulkMetrics metrics;
    private final Clock clock;
    private final int threads;
    private final AtomicLong read;
    private final Progress progress;
    private long stored;

    MetricsIngest(BulkMetrics metrics, Clock clock, int threads, AtomicLong read, Progress progress) {
        this.metrics = metrics;
        this.clock = clock;
        this.threads = threads;
        this.read = read;
        this.progress = progress;
    }

    /** Stores the file's valid records, adds its rejections; answers how many records were valid. */
    long ingest(Path file, List<Rejection> rejections) {
        long estimate = size(file) / BYTES_PER_RECORD;
        if (!MetricsFileReader.reads(file)) {
            WeekBuffer buffer = new WeekBuffer();
            ChunkWeeks chunk = buffer.chunk((int) Math.min(estimate, 1 << 20));
            Ingester.readFile(file, MetricsRecord::parse, batch -> batch.forEach(week -> add(chunk, week)), rejections,
                    Progress.silent(clock), 0);
            store(buffer);
        } else if (estimate < WeekBuffer.CAPACITY) {
            WeekBuffer buffer = new WeekBuffer();
            int perThread = (int) Math.min(WeekBuffer.CAPACITY, estimate / threads + 1);
            rejections.addAll(new MetricsFileReader(threads).read(file, index -> counted(buffer.chunk(perThread)),
                    new AtomicLong()));
            store(buffer);
        } else {
            InBuffers sink = new InBuffers();
            rejections.addAll(new MetricsFileReader(1).read(file, index -> sink, new AtomicLong()));
            store(sink.buffer);
        }
        return stored;
    }

    private void store(WeekBuffer buffer) {
        long records = buffer.size();
        if (records == 0) {
            return;
        }
        WeekBuffer.Grouped grouped = buffer.group();
        metrics.store(grouped.companies(), grouped.rows(), clock.instant(), rows -> progress.update(read.get()));
        stored += records;
    }

    private MetricsSink counted(ChunkWeeks chunk) {
        return (company, epochDay, login, adoption, nps, line) -> {
            chunk.week(company, epochDay, login, adoption, nps, line);
            if (read.incrementAndGet() % PROGRESS_EVERY == 0) {
                progress.update(read.get());
            }
        };
    }

    private void add(ChunkWeeks chunk, WeeklyMetrics week) {
        chunk.week(week.company().value(), week.week().toEpochDay(), unscaled(week.login()), unscaled(week.adoption()),
                week.nps() == null ? MetricsSink.NO_NPS : unscaled(week.nps()), 0);
        read.incrementAndGet();
    }

    private static long unscaled(BigDecimal value) {
        return value.setScale(MetricsSink.SCALE).unscaledValue().longValueExact();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** One reading thread that stores a full buffer and goes on in a new one. */
    private final class InBuffers implements MetricsSink {
        private WeekBuffer buffer = new WeekBuffer();
        private MetricsSink chunk = counted(buffer.chunk(1 << 20));

        @Override
        public void week(String company, long epochDay, long login, long adoption, long nps, long line) {
            if (buffer.size() >= WeekBuffer.CAPACITY) {
                store(buffer);
                buffer = new WeekBuffer();
                chunk = counted(buffer.chunk(1 << 20));
            }
            chunk.week(company, epochDay, login, adoption, nps, line);
        }
    }
}
