package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.PostgresTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

@PostgresTest
class PostgresCliStoreTest extends CliStoreContract {
    PostgresCliStoreTest() {
        super(TestStore.POSTGRESQL);
    }

    @Test
    void should_print_what_the_embedded_store_prints_when_the_same_scenario_runs_on_postgresql() throws IOException {
        CliScenario embedded = CliScenario.run(scratch.resolve("on-embedded"),
                scratch.resolve("on-embedded/store").toString());

        assertThat(scenario.steps()).containsExactlyElementsOf(embedded.steps());
        // the outbox's delivery order among triggers emitted together is not part of the contract
        assertThat(scenario.triggerLines()).containsExactlyInAnyOrderElementsOf(embedded.triggerLines());
    }
}
