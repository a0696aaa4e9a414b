package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.InputFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cutting a file into one chunk per thread: cuts fall after a '\n', every line is read once with its number in
 * the file, and small, empty and header-only files read as the existing reader reads them.
 */
class ChunkBoundaryTest {
    private static final String ACME = "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 82.5, \"adoption\": 61}";
    private static final String BETA = "{\"company\": \"beta\", \"week\": \"2026-10-05\", \"login\": 101, \"adoption\": 61}";
    private static final String GAMMA = "{\"company\": \"gamma\", \"week\": \"2026-10-12\", \"login\": 1, \"adoption\": 2}";

    @TempDir
    Path folder;

    @Test
    void should_cut_after_the_record_when_the_middle_of_the_file_falls_inside_it() throws IOException {
        String straddling = ACME + " ".repeat(200);
        Path file = InputFile.lines(folder, "metrics.jsonl", "{}", straddling, BETA);
        long afterStraddling = 3 + straddling.length() + 1;
        assertThat(size(file) / 2).as("the middle of the file").isBetween(3L, afterStraddling - 1);

        List<Chunk> chunks = split(file, 0, 2);

        assertThat(chunks).containsExactly(new Chunk(0, afterStraddling), new Chunk(afterStraddling, size(file)));
        ReadPaths.Outcome fast = ReadPaths.fast(file, 2, 1 << 20);
        assertThat(fast).isEqualTo(ReadPaths.existing(file));
        assertThat(fast.accepted()).containsExactly("2: acme 2026-10-05 82.5 61 -");
        assertThat(fast.rejections()).extracting(Rejection::line).containsExactly(1L, 3L);
    }

    @Test
    void should_keep_crlf_whole_when_the_cut_falls_between_its_two_bytes() throws IOException {
        String shorter = ACME.replace("82.5", "82");
        Path file = InputFile.raw(folder, "metrics.jsonl", ACME + "\r\n" + shorter + "\r\n");
        assertThat(size(file) / 2).as("the middle of the file: the first '\\n'").isEqualTo(ACME.length() + 1L);

        List<Chunk> chunks = split(file, 0, 2);

        assertThat(chunks.get(0).end()).isEqualTo(ACME.length() + 2L);
        assertThat(ReadPaths.fast(file, 2, 1 << 20).accepted()).containsExactly(
                "1: acme 2026-10-05 82.5 61 -", "2: acme 2026-10-05 82 61 -");
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3, 8})
    void should_read_every_line_once_when_the_file_has_fewer_lines_than_threads(int threads) {
        Path jsonl = InputFile.lines(folder, "metrics.jsonl", ACME, BETA);
        Path csv = InputFile.lines(folder, "metrics.csv", MetricsLines.CSV_HEADER, "acme,2026-10-05,82.5,61,");

        assertThat(ReadPaths.fast(jsonl, threads, 1 << 20)).isEqualTo(ReadPaths.existing(jsonl));
        assertThat(ReadPaths.fast(csv, threads, 1 << 20)).isEqualTo(ReadPaths.existing(csv));
        assertThat(ReadPaths.fast(csv, threads, 1 << 20).accepted()).containsExactly("2: acme 2026-10-05 82.5 61 -");
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 4})
    void should_read_nothing_and_reject_nothing_when_a_jsonl_file_is_empty(int threads) {
        Path file = InputFile.raw(folder, "metrics.jsonl", "");

        assertThat(ReadPaths.fast(file, threads, 1 << 20)).isEqualTo(new ReadPaths.Outcome(List.of(), List.of(), null));
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 4})
    void should_reject_line_1_as_the_existing_reader_when_a_csv_file_is_empty(int threads) {
        Path file = InputFile.raw(folder, "metrics.csv", "");

        ReadPaths.Outcome fast = ReadPaths.fast(file, threads, 1 << 20);

        assertThat(fast).isEqualTo(ReadPaths.existing(file));
        assertThat(fast.rejections()).singleElement().extracting(Rejection::line).isEqualTo(1L);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "\n", "\r\n", "\r", "\n\n"})
    void should_read_nothing_and_reject_nothing_when_a_csv_file_is_only_a_header(String end) {
        Path file = InputFile.raw(folder, "metrics.csv", MetricsLines.CSV_HEADER + end);

        for (int threads = 1; threads <= 3; threads++) {
            assertThat(ReadPaths.fast(file, threads, 1 << 20)).isEqualTo(new ReadPaths.Outcome(List.of(), List.of(), null));
        }
    }

    @Test
    void should_number_the_lines_of_later_chunks_when_lines_end_in_a_lone_cr() {
        Path file = InputFile.raw(folder, "metrics.jsonl", (ACME + "\r").repeat(5) + BETA + "\r" + GAMMA + "\r");

        ReadPaths.Outcome fast = ReadPaths.fast(file, 3, 1 << 20);

        assertThat(fast).isEqualTo(ReadPaths.existing(file));
        assertThat(fast.rejections()).singleElement().extracting(Rejection::line).isEqualTo(6L);
        assertThat(fast.accepted()).last().asString().startsWith("7: gamma");
    }

    @Test
    void should_read_a_line_longer_than_a_block_when_it_straddles_the_cut() {
        String long_ = ACME.replace("}", ", \"note\": \"" + "n".repeat(5_000) + "\"}");
        Path file = InputFile.lines(folder, "metrics.jsonl", GAMMA, long_, BETA);

        ReadPaths.Outcome fast = ReadPaths.fast(file, 2, 100);

        assertThat(fast).isEqualTo(ReadPaths.existing(file));
        assertThat(fast.accepted()).containsExactly("1: gamma 2026-10-12 1 2 -", "2: acme 2026-10-05 82.5 61 -");
    }

    private static List<Chunk> split(Path file, long from, int count) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return FileChunks.split(channel, from, count);
        }
    }

    private static long size(Path file) throws IOException {
        return java.nio.file.Files.size(file);
    }
}
