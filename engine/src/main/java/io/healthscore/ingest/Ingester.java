package io.healthscore.ingest;

import io.healthscore.HealthscoreException;
import io.healthscore.InvalidFieldException;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.Progress;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.BulkMetrics;
import io.healthscore.store.Database;
import java.util.concurrent.atomic.AtomicLong;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Validates and stores input files: weekly metrics and companies files. Every bad record is rejected with its
 * file, line and reason; every valid record of the same file is stored. Storing a week again replaces it.
 */
public final class Ingester {
    private static final int BATCH = 5_000;

    private final BulkMetrics metrics;
    private final CompanyRepository companies;
    private final Clock clock;
    private final int threads;

    /** {@code threads}: how many threads read a metrics file. */
    public Ingester(BulkMetrics metrics, CompanyRepository companies, Clock clock, int threads) {
        this.metrics = metrics;
        this.companies = companies;
        this.clock = clock;
        this.threads = threads;
    }

    /** Storing into {@code database}: metrics in bulk, companies files' details as companies. */
    public static Ingester on(Database database, Clock clock, int threads) {
        return new Ingester(new BulkMetrics(database), new CompanyRepository(database), clock, threads);
    }

    /** Checks that every file exists and has a known format before anything is stored. */
    public static List<String> unusable(List<Path> companyFiles, List<Path> metricFiles) {
        List<String> problems = new ArrayList<>();
        for (Path file : concat(companyFiles, metricFiles)) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                problems.add(file + ": no such readable file");
            } else {
                try {
                    RecordReader.forFile(file);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return problems;
    }

    public IngestReport ingest(List<Path> companyFiles, List<Path> metricFiles, Progress progress) {
        List<String> problems = unusable(companyFiles, metricFiles);
        if (!problems.isEmpty()) {
            throw new HealthscoreException(String.join(System.lineSeparator(), problems));
        }
        List<Rejection> rejections = new ArrayList<>();
        long companiesStored = 0;
        for (Path file : companyFiles) {
            companiesStored += readFile(file, CompanyRecord::parse,
                    batch -> companies.saveDetails(batch, clock.instant()), rejections, progress, 0);
        }
        AtomicLong read = new AtomicLong();
        long metricsStored = 0;
        for (Path file : metricFiles) {
            metricsStored += new MetricsIngest(metrics, clock, threads, read, progress).ingest(file, rejections);
        }
        progress.finish(metricsStored);
        return new IngestReport(metricsStored, companiesStored, rejections);
    }

    static <T> long readFile(Path file, Function<Map<String, FieldValue>, T> parse, Consumer<List<T>> store,
            List<Rejection> rejections, Progress progress, long storedBefore) {
        List<T> batch = new ArrayList<>(BATCH);
        long[] stored = {0};
        try (BatchWriter<T> writer = new BatchWriter<>(store, 2)) {
            RecordReader.forFile(file).read(file, new RecordReader.Handler() {
                @Override
                public void record(long line, Integer element, Map<String, FieldValue> values) {
                    try {
                        batch.add(parse.apply(values));
                    } catch (InvalidFieldException e) {
                        rejections.add(new Rejection(file.toString(), line, element, e.getMessage()));
                        return;
                    }
                    if (batch.size() == BATCH) {
                        writer.submit(List.copyOf(batch));
                        stored[0] += batch.size();
                        batch.clear();
                        progress.update(storedBefore + stored[0]);
                    }
                }

                @Override
                public void unreadable(long line, Integer element, String reason) {
                    rejections.add(new Rejection(file.toString(), line, element, reason));
                }
            });
            if (!batch.isEmpty()) {
                writer.submit(List.copyOf(batch));
                stored[0] += batch.size();
            }
            writer.finish();
        }
        return stored[0];
    }

    private static List<Path> concat(List<Path> first, List<Path> second) {
        List<Path> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
