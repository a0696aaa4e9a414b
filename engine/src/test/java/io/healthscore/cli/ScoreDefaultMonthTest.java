package io.healthscore.cli;

import static io.healthscore.testhelper.CliStore.week;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract 4: {@code score COMPANY} without {@code --month} scores the last complete month by the clock. */
class ScoreDefaultMonthTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "now {0} -> {1}")
    @CsvSource({
            "2026-11-03T09:00:00Z, 2026-10, 80",
            "2026-11-01T00:00:00Z, 2026-10, 80",   // October is over at midnight
            "2026-10-31T23:59:59Z, 2026-09, 40",   // October is not
            "2027-01-01T00:00:00Z, 2026-12, 60"})  // across the year end
    void should_score_the_last_complete_month_when_no_month_is_given(String now, String month, int score) {
        CliStore store = new CliStore(folder, SettableClock.at(now));
        store.ingest(
                week("acme", "2026-09-07", "40", "40", null),
                week("acme", "2026-10-05", "80", "80", null),
                week("acme", "2026-12-07", "60", "60", null));

        JsonNode assessment = store.score("acme");

        assertThat(assessment.path("month").asText()).isEqualTo(month);
        assertThat(assessment.path("score").asInt()).isEqualTo(score);
    }
}
