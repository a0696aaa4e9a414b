package io.healthscore.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates and times as their ISO text, and the two layouts: one line, or indented as the report is. */
class JsonTextTest {
    @JsonPropertyOrder({"month", "week", "at", "none"})
    record Times(YearMonth month, LocalDate week, Instant at, Instant none) {
    }

    @JsonPropertyOrder({"name", "items", "empty"})
    record Shape(String name, List<Integer> items, List<Integer> empty) {
    }

    @Test
    void should_write_months_dates_and_instants_as_their_iso_text_when_present() {
        Instant at = Instant.parse("2026-12-02T06:48:32.754683Z");

        assertThat(Json.line(new Times(YearMonth.of(2026, 10), LocalDate.of(2026, 9, 28), at, null)))
                .isEqualTo("{\"month\":\"2026-10\",\"week\":\"2026-09-28\",\"at\":\"" + at + "\",\"none\":null}");
    }

    @Test
    void should_write_an_instant_as_instant_to_string_does_when_it_has_whole_seconds_or_nanos() {
        for (Instant at : List.of(Instant.parse("2026-11-02T07:00:00Z"), Instant.parse("2026-11-02T07:00:00.100Z"),
                Instant.ofEpochSecond(1_800_000_000L, 123_456_789))) {
            assertThat(Json.line(new Times(null, null, at, null))).contains("\"at\":\"" + at + "\"");
        }
    }

    @Test
    void should_indent_by_two_spaces_with_spaced_colons_when_pretty_printed() {
        assertThat(Json.pretty(new Shape("a \"quoted\" é", List.of(1, 2), List.of()))).isEqualTo("""
                {
                  "name" : "a \\"quoted\\" é",
                  "items" : [ 1, 2 ],
                  "empty" : [ ]
                }""");
    }
}
