package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract 1: the input format is chosen by the file's extension, in any letter case. */
class RecordReaderChoiceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "metrics.jsonl, JsonLinesReader", "METRICS.JSONL, JsonLinesReader", "in/2026.10.jsonl, JsonLinesReader",
            "metrics.json, JsonArrayReader", "Metrics.Json, JsonArrayReader",
            "metrics.csv, CsvReader", "metrics.CSV, CsvReader", "metrics.jsonl.csv, CsvReader"})
    void should_choose_the_reader_by_extension_when_the_extension_is_supported(String name, String reader) {
        assertThat(RecordReader.forFile(Path.of(name)).getClass().getSimpleName()).isEqualTo(reader);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"metrics.txt", "metrics.tsv", "metrics", "metrics.json.gz", "metrics.ndjson", "jsonl"})
    void should_list_the_accepted_extensions_when_the_extension_is_unsupported(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RecordReader.forFile(Path.of(name)))
                .withMessageStartingWith(name + ": ")
                .withMessageContainingAll(".jsonl", ".json", ".csv");
    }
}
