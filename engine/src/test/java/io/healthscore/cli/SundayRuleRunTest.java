package io.healthscore.cli;

import static io.healthscore.testhelper.CliStore.of;
import static io.healthscore.testhelper.CliStore.week;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract 1: an ingested week counts towards the month that contains its Sunday, in a month run and in scoring
 * one company. Each week below has its own score, so the score shows which week a month counted.
 */
class SundayRuleRunTest {
    @TempDir
    Path folder;

    private CliStore store;

    @BeforeEach
    void ingest_one_week_around_each_month_boundary() {
        store = new CliStore(folder, SettableClock.at("2026-12-03T09:00:00Z"));
        store.ingest(
                week("acme", "2026-08-24", "20", "20", null),  // Sunday 2026-08-30: August
                week("acme", "2026-08-31", "40", "40", null),  // Sunday 2026-09-06: September
                week("acme", "2026-09-28", "80", "80", null),  // Sunday 2026-10-04: October
                week("acme", "2026-10-26", "10", "10", null),  // Sunday 2026-11-01: November
                week("acme", "2026-11-30", "60", "60", null)); // Sunday 2026-12-06: December
    }

    @ParameterizedTest(name = "{0}: score {1}")
    @CsvSource({"2026-08, 20", "2026-09, 40", "2026-10, 80", "2026-11, 10", "2026-12, 60"})
    void should_count_each_week_towards_the_month_of_its_sunday_when_a_month_is_run(String month, int score) {
        JsonNode assessment = of(store.run(month), "acme");

        assertThat(assessment.path("score").asInt()).isEqualTo(score);
        assertThat(assessment.path("weeks").asInt()).isEqualTo(1);
    }

    @Test
    void should_count_a_week_starting_in_september_towards_october_when_one_company_is_scored() {
        JsonNode assessment = store.score("acme", "2026-10");

        assertThat(assessment.path("score").asInt()).isEqualTo(80);
        assertThat(assessment.path("weeks").asInt()).isEqualTo(1);
    }
}
