package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Contract 1: a rejection reads {@code FILE:LINE: reason}, and {@code FILE:LINE: element N: reason} in a JSON array. */
class RejectionTest {

    @Test
    void should_read_file_line_reason_when_the_record_came_from_a_line() {
        Rejection rejection = new Rejection("in/metrics.csv", 7, null, "login: 101 is out of range; accepted: 0 to 100");

        assertThat(rejection).hasToString("in/metrics.csv:7: login: 101 is out of range; accepted: 0 to 100");
    }

    @Test
    void should_name_the_element_when_the_record_came_from_a_json_array() {
        Rejection rejection = new Rejection("in/metrics.json", 3, 0, "expected a JSON object {...}, got a number");

        assertThat(rejection).hasToString("in/metrics.json:3: element 0: expected a JSON object {...}, got a number");
    }
}
