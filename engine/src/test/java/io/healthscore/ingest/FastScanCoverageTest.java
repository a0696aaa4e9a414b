package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.InputFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast scan takes the plain records itself (else the reader would be correct but slow), and leaves every
 * line it is not sure of to the existing reader: it answers -1 and gives the sink nothing.
 */
class FastScanCoverageTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"company\": \"c0000001\", \"week\": \"2026-08-31\", \"login\": 76.01, \"adoption\": 0.63}",
            "{\"company\": \"c0000002\", \"week\": \"2026-08-31\", \"login\": 5.53, \"adoption\": 58.41, \"nps\": 100}",
            "{\"nps\":null,\"adoption\":100,\"login\":0,\"week\":\"2026-10-05\",\"company\":\"a.b_c-d\"}",
            " {\t\"company\" : \"acme\" , \"week\" : \"2026-10-05\" , \"login\" : 99.999999 , \"adoption\" : -0 }  "})
    void should_take_the_line_itself_when_it_is_a_plain_jsonl_record(String line) {
        List<Long> lines = new ArrayList<>();
        JsonLineScanner scanner = new JsonLineScanner((company, epochDay, login, adoption, nps, number) -> lines.add(number));
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(scanner.scan(bytes, 0, 7)).isEqualTo(bytes.length);
        assertThat(lines).containsExactly(7L);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1e2, \"adoption\": 1}",
            "{\"company\": \"\\u0061cme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 1}",
            "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 1, \"extra\": 1}",
            "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"login\": 2, \"adoption\": 1}",
            "{\"company\": \"acme\", \"week\": \"2026-10-06\", \"login\": 1, \"adoption\": 1}",
            "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80.1000000, \"adoption\": 1}",
            "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 1} {}",
            "\ufeff{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 1}",
            ""})
    void should_leave_the_line_to_the_existing_reader_when_the_scan_is_not_sure(String line) {
        List<Long> lines = new ArrayList<>();
        JsonLineScanner scanner = new JsonLineScanner((company, epochDay, login, adoption, nps, number) -> lines.add(number));

        assertThat(scanner.scan((line + "\n").getBytes(StandardCharsets.UTF_8), 0, 1)).isEqualTo(-1);
        assertThat(lines).isEmpty();
    }

    @Test
    void should_take_the_row_itself_when_it_is_a_plain_csv_row() throws IOException {
        CsvHeader header = header("note,nps,company,week,login,adoption\r\n");
        List<Long> npsValues = new ArrayList<>();
        CsvRowScanner scanner = new CsvRowScanner(header, (company, epochDay, login, adoption, nps, number) -> npsValues.add(nps));

        byte[] crlf = bytes("anything at all;,40,acme,2026-10-05,82.5,61\r\n");
        byte[] empty = bytes(",,acme,2026-10-05,82.5,61\n");

        assertThat(scanner.scan(crlf, 0, 2)).isEqualTo(crlf.length);
        assertThat(scanner.scan(empty, 0, 3)).isEqualTo(empty.length);
        assertThat(scanner.scan(bytes("x,1,acme,2026-10-05,82.5,61,\n"), 0, 4)).as("a cell more than the header").isEqualTo(-1);
        assertThat(scanner.scan(bytes("x,1,acme,2026-10-05,82.5, 61\n"), 0, 5)).as("a blank before a value").isEqualTo(-1);
        assertThat(npsValues).containsExactly(40_000_000L, MetricsSink.NO_NPS);
    }

    private CsvHeader header(String line) throws IOException {
        Path file = InputFile.raw(folder, "header.csv", line);
        try (FileChannel channel = FileChannel.open(file)) {
            return CsvHeader.read(channel);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
