package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.InputFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a sink receives: exact values unscaled at scale 6, the Monday's epoch day, no NPS as its own constant,
 * the line in the file; every record of a chunk on that chunk's thread; progress as lines are read.
 */
class MetricsSinkValuesTest {
    private static final long MONDAY = LocalDate.of(2026, 10, 5).toEpochDay();

    @TempDir
    Path folder;

    record Week(String company, long epochDay, long login, long adoption, long nps, long line) {
    }

    @Test
    void should_give_unscaled_values_at_scale_6_when_records_are_valid() {
        Path file = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 82.5, \"adoption\": 61, \"nps\": -0.000001}",
                "{\"company\": \"beta\", \"week\": \"2026-10-05\", \"login\": 1e2, \"adoption\": 80.1000000, \"nps\": 100}");

        assertThat(read(file, 1)).containsExactly(
                new Week("acme", MONDAY, 82_500_000, 61_000_000, -1, 1),
                new Week("beta", MONDAY, 100_000_000, 80_100_000, 100_000_000, 2));
    }

    @Test
    void should_give_no_nps_when_nps_is_null_absent_or_an_empty_cell() {
        Path jsonl = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2, \"nps\": null}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}");
        Path csv = InputFile.lines(folder, "metrics.csv", MetricsLines.CSV_HEADER,
                "acme,2026-10-05,1,2,", "acme,2026-10-05,1,2");

        assertThat(read(jsonl, 1)).extracting(Week::nps).containsExactly(MetricsSink.NO_NPS, MetricsSink.NO_NPS);
        assertThat(read(csv, 1)).extracting(Week::nps).containsExactly(MetricsSink.NO_NPS, MetricsSink.NO_NPS);
    }

    @Test
    void should_give_both_records_with_their_lines_when_a_file_holds_a_week_twice() {
        Path file = InputFile.lines(folder, "metrics.csv", MetricsLines.CSV_HEADER,
                "acme,2026-10-05,10,20,", "", "beta,2026-10-05,1,2,", "acme,2026-10-05,11,21,");

        assertThat(read(file, 2)).extracting(Week::company, Week::login, Week::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("acme", 10_000_000L, 2L),
                org.assertj.core.groups.Tuple.tuple("beta", 1_000_000L, 4L),
                org.assertj.core.groups.Tuple.tuple("acme", 11_000_000L, 5L));
    }

    @Test
    void should_give_each_chunk_its_records_on_one_thread_when_read_with_two_threads() {
        List<String> lines = new ArrayList<>();
        for (int company = 0; company < 1_000; company++) {
            lines.add("{\"company\": \"c" + company + "\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}");
        }
        Path file = InputFile.lines(folder, "metrics.jsonl", lines.toArray(String[]::new));
        Map<Integer, Set<Thread>> threads = new ConcurrentHashMap<>();
        Map<Integer, List<Long>> lineNumbers = new ConcurrentHashMap<>();

        new MetricsFileReader(2, 4_096).read(file, chunk -> {
            Set<Thread> seen = Collections.synchronizedSet(new HashSet<>());
            List<Long> numbers = Collections.synchronizedList(new ArrayList<>());
            threads.put(chunk, seen);
            lineNumbers.put(chunk, numbers);
            return (company, epochDay, login, adoption, nps, line) -> {
                seen.add(Thread.currentThread());
                numbers.add(line);
            };
        }, new AtomicLong());

        assertThat(threads).containsOnlyKeys(0, 1).allSatisfy((chunk, seen) -> assertThat(seen).hasSize(1));
        assertThat(threads.get(0)).doesNotContainAnyElementsOf(threads.get(1));
        List<Long> all = new ArrayList<>(lineNumbers.get(0));
        all.addAll(lineNumbers.get(1));
        assertThat(all).hasSize(1_000).isSorted().startsWith(1L).endsWith(1_000L);
        assertThat(lineNumbers.get(0)).isNotEmpty();
        assertThat(lineNumbers.get(1)).isNotEmpty();
    }

    @Test
    void should_count_every_line_read_when_progress_is_given() {
        Path file = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}", "", "not json",
                "{\"company\": \"acme\", \"week\": \"2026-10-12\", \"login\": 1, \"adoption\": 2}");
        AtomicLong progress = new AtomicLong();

        new MetricsFileReader(2).read(file, chunk -> (company, epochDay, login, adoption, nps, line) -> { }, progress);

        assertThat(progress).hasValue(4);
    }

    private static List<Week> read(Path file, int threads) {
        List<Week> weeks = Collections.synchronizedList(new ArrayList<>());
        List<List<Week>> chunks = new ArrayList<>();
        new MetricsFileReader(threads).read(file, chunk -> {
            List<Week> own = new ArrayList<>();
            chunks.add(own);
            return (company, epochDay, login, adoption, nps, line) -> own.add(new Week(company, epochDay, login, adoption, nps, line));
        }, new AtomicLong());
        chunks.forEach(weeks::addAll);
        return weeks;
    }
}
