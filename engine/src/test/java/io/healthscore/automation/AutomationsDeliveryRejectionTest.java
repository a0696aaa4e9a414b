package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Delivery settings out of range stop start-up naming the file, line and key, and what is accepted. */
class AutomationsDeliveryRejectionTest {
    @TempDir
    Path folder;

    private String rejection(String yaml) {
        return new AutomationsYaml(folder).rejection(yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "many", "2.5"})
    void should_name_the_range_when_attempts_is_out_of_it(String attempts) {
        assertThat(rejection("""
                delivery:
                  attempts: %s
                """.formatted(attempts))).isEqualTo("automations.yaml:2: delivery.attempts: '" + attempts + "' is not"
                + " valid; accepted: a whole number from 1 to 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10 seconds", "10", "1.5s", "10sec"})
    void should_show_the_accepted_form_when_a_duration_has_no_unit_it_knows(String backoff) {
        assertThat(rejection("""
                delivery:
                  backoff: %s
                """.formatted(backoff))).isEqualTo("automations.yaml:2: delivery.backoff: '" + backoff + "' is not"
                + " valid; accepted: a number with a unit: ms, s, m or h (e.g. 500ms, 10s, 5m), at least 1ms");
    }

    @Test
    void should_name_the_minimum_when_a_backoff_is_zero() {
        assertThat(rejection("""
                delivery:
                  backoff: 0ms
                """)).isEqualTo("automations.yaml:2: delivery.backoff: '0ms' is too short; accepted: a number with a"
                + " unit: ms, s, m or h (e.g. 500ms, 10s, 5m), at least 1ms");
    }

    @Test
    void should_name_the_minimum_when_the_lease_is_shorter_than_ten_seconds() {
        assertThat(rejection("""
                delivery:
                  lease: 5s
                """)).isEqualTo("automations.yaml:2: delivery.lease: '5s' is too short; accepted: a number with a"
                + " unit: ms, s, m or h (e.g. 500ms, 10s, 5m), at least 10s");
    }

    @Test
    void should_ask_for_at_least_the_backoff_when_max_backoff_is_shorter() {
        assertThat(rejection("""
                delivery:
                  backoff: 1m
                  max-backoff: 30s
                """)).isEqualTo("automations.yaml:3: delivery.max-backoff: '30s' is shorter than backoff 1m; accepted:"
                + " at least the backoff");
    }

    @Test
    void should_point_at_the_backoff_when_it_exceeds_the_default_max_backoff() {
        assertThat(rejection("""
                delivery:
                  backoff: 1h
                """)).isEqualTo("automations.yaml:2: delivery.backoff: '1h' is longer than max-backoff (default 10m);"
                + " accepted: at most max-backoff, or set max-backoff too");
    }

    @Test
    void should_list_the_delivery_settings_when_one_is_unknown() {
        assertThat(rejection("""
                delivery:
                  retries: 3
                """)).isEqualTo("automations.yaml:2: delivery.retries: unknown key; accepted: attempts, backoff,"
                + " lease, max-backoff, poll, wait");
    }
}
