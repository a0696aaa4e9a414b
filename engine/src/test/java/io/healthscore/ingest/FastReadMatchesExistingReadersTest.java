package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.InputFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast reader against the existing path, file by file: the same records accepted with the same values and
 * lines, the same rejections (line and message) in the same order, the same failure. With one thread and
 * several, and with blocks small enough that lines are cut at block ends and longer lines grow the block.
 */
class FastReadMatchesExistingReadersTest {
    private static final String VALID = "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 82.5, \"adoption\": 61}";

    @TempDir
    Path folder;

    static Stream<Arguments> readers() {
        return Stream.of(1, 2, 3).flatMap(threads -> Stream.of(1 << 20, 333, 64).map(block -> Arguments.of(threads, block)));
    }

    @ParameterizedTest(name = "{0} threads, {1}-byte blocks")
    @MethodSource("readers")
    void should_accept_and_reject_as_the_existing_reader_when_jsonl_lines_are_valid_odd_or_invalid(int threads, int block) {
        List<String> lines = MetricsLines.jsonl();
        assertSameReads("catalog.jsonl", joined(lines, "\n", "\n"), threads, block);
        assertSameReads("crlf.jsonl", joined(lines, "\r\n", "\r\n"), threads, block);
        assertSameReads("cr.jsonl", joined(lines, "\r", "\r"), threads, block);
        assertSameReads("no-final-newline.jsonl", joined(lines, "\n", ""), threads, block);
        assertSameReads("torn-last-line.jsonl", joined(lines, "\n", "\n" + VALID.substring(0, 40)), threads, block);
        assertSameReads("bom.jsonl", "\ufeff" + joined(lines, "\n", "\n"), threads, block);
        assertSameReads("mixed-ends.jsonl", mixedEnds(lines, new Random(7)), threads, block);
    }

    @ParameterizedTest(name = "{0} threads, {1}-byte blocks")
    @MethodSource("readers")
    void should_accept_and_reject_as_the_existing_reader_when_csv_rows_are_valid_odd_or_invalid(int threads, int block) {
        List<String> rows = MetricsLines.csvRows();
        for (String header : List.of(MetricsLines.CSV_HEADER, "company,week,login,adoption", "company,week,login,adoption,nps,note",
                "nps,adoption,login,week,company", "Company,week,login,adoption,nps")) {
            String name = header.replace(',', '_');
            assertSameReads(name + ".csv", joined(header, rows, "\n", "\n"), threads, block);
            assertSameReads(name + "-crlf.csv", joined(header, rows, "\r\n", "\r\n"), threads, block);
            assertSameReads(name + "-cr.csv", joined(header, rows, "\r", ""), threads, block);
            assertSameReads(name + "-torn.csv", joined(header, rows, "\n", "\nacme,2026-10"), threads, block);
        }
    }

    @ParameterizedTest(name = "{0} threads, {1}-byte blocks")
    @MethodSource("readers")
    void should_read_as_the_existing_reader_when_a_csv_file_is_left_to_it_as_a_whole(int threads, int block) {
        List<String> rows = MetricsLines.csvRows();
        String csv = joined(MetricsLines.CSV_HEADER, rows, "\n", "\n");
        assertSameReads("bom.csv", bytes("\ufeff" + csv), threads, block);
        assertSameReads("quoted.csv", bytes(csv + "\"acme\",2026-10-05,\"1\",2,\nacme,\"2026-10-\n12\",1,2,\nacme,2026-10-19,5,6,\n"), threads, block);
        assertSameReads("non-ascii.csv", bytes(csv + "caf\u00e9,2026-10-05,1,2,\n"), threads, block);
        assertSameReads("blank-header.csv", bytes("\n\n" + csv), threads, block);
        assertSameReads("spaced-header.csv", bytes("company, week,login,adoption,nps\n" + csv), threads, block);
        assertSameReads("twice-named-header.csv", bytes("company,week,login,adoption,login\nacme,2026-10-05,1,2,3\n"), threads, block);
        assertSameReads("empty.csv", new byte[0], threads, block);
        assertSameReads("header-only.csv", bytes(MetricsLines.CSV_HEADER), threads, block);
        assertSameReads("header-line-only.csv", bytes(MetricsLines.CSV_HEADER + "\r\n"), threads, block);
    }

    @ParameterizedTest(name = "{0} threads, {1}-byte blocks")
    @MethodSource("readers")
    void should_accept_and_reject_as_the_existing_reader_when_many_random_lines_mix_valid_and_odd_ones(int threads, int block) {
        Random random = new Random(threads * 31L + block);
        List<String> jsonl = new ArrayList<>();
        List<String> csv = new ArrayList<>();
        for (int index = 0; index < 3_000; index++) {
            jsonl.add(MetricsLines.randomJsonLine(random));
            csv.add(MetricsLines.randomCsvRow(random));
        }
        assertSameReads("random.jsonl", mixedEnds(jsonl, random), threads, block);
        assertSameReads("random.csv", bytes(MetricsLines.CSV_HEADER + "\n" + new String(mixedEnds(csv, random), StandardCharsets.UTF_8)),
                threads, block);
    }

    @ParameterizedTest(name = "{0} threads, {1}-byte blocks")
    @MethodSource("readers")
    void should_fail_as_the_existing_reader_when_a_file_is_not_utf8(int threads, int block) {
        byte[] valid = bytes(joined(MetricsLines.jsonl().subList(0, 12), "\n", "\n"));
        byte[] truncated = {'{', '"', 'c', (byte) 0xE2, (byte) 0x82, '"', '}', '\n'};
        byte[] invalid = {'{', '"', 'c', (byte) 0xFF, '"', '}', '\n'};
        assertSameReads("early.jsonl", concat(valid, truncated, valid, invalid, valid), threads, block);
        assertSameReads("late.jsonl", concat(valid, valid, valid, invalid), threads, block);
        assertSameReads("late.csv", concat(bytes(MetricsLines.CSV_HEADER + "\n"), bytes("acme,2026-10-05,1,2,\n"), invalid), threads, block);
    }

    private void assertSameReads(String name, byte[] content, int threads, int block) {
        Path file = InputFile.bytes(folder, name, content);
        ReadPaths.Outcome existing = ReadPaths.existing(file);
        ReadPaths.Outcome fast = ReadPaths.fast(file, threads, block);

        assertThat(fast.failure()).as(name + ": failure").isEqualTo(existing.failure());
        assertThat(fast.rejections()).as(name + ": rejections").containsExactlyElementsOf(existing.rejections());
        assertThat(fast.accepted()).as(name + ": accepted").containsExactlyElementsOf(existing.accepted());
    }

    private void assertSameReads(String name, String content, int threads, int block) {
        assertSameReads(name, bytes(content), threads, block);
    }

    private static String joined(List<String> lines, String separator, String end) {
        return String.join(separator, lines) + end;
    }

    private static String joined(String header, List<String> rows, String separator, String end) {
        return header + separator + String.join(separator, rows) + end;
    }

    /** The lines ended at random by "\n", "\r\n" or "\r", with blank lines here and there. */
    private static byte[] mixedEnds(List<String> lines, Random random) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append(random.nextInt(10) == 0 ? "\r" : random.nextInt(5) == 0 ? "\r\n" : "\n");
            if (random.nextInt(50) == 0) {
                text.append(random.nextBoolean() ? "\n" : " \r\n");
            }
        }
        return bytes(text.toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
