package io.healthscore.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Postgres;
import io.healthscore.testhelper.PostgresTest;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.ServeNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as an orchestrator sees it: a health endpoint to probe, SIGTERM to stop it, exit status 0. */
class ServeLifecycleTest {
    @TempDir
    Path folder;

    @Test
    void should_answer_health_and_exit_0_when_it_gets_sigterm() throws Exception {
        try (ServeNode node = ServeNode.start("solo", folder, Map.of(), "--store", folder.resolve("store").toString(),
                "--rules", Repo.rules().toString(), "--zone", "Europe/Berlin")) {
            HttpResponse<String> health = get(node, "/health");

            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode status = new ObjectMapper().readTree(health.body());
            assertThat(status.get("status").asText()).isEqualTo("UP");
            assertThat(status.get("node").asText()).isEqualTo("solo");
            assertThat(status.get("scheduler").asText()).isEqualTo("running");
            assertThat(status.get("rules").asText()).hasSize(12);
            // default schedule: 02:00 on the 1st, here in Berlin time
            assertThat(status.get("nextRun").asText()).matches("\\d{4}-\\d{2}-01T0[01]:00:00Z");

            assertThat(node.terminate(Duration.ofSeconds(30))).isZero();
            assertThat(node.stderr()).contains("healthscore serve: stopped");
            assertThat(node.log()).contains("schedule.cron='0 0 2 1 * ?', schedule.zone=Europe/Berlin, schedule.shards=8")
                    .contains("serve stopped");
        }
    }

    @Test
    @PostgresTest
    void should_mask_the_store_password_when_it_logs_the_effective_configuration() throws Exception {
        String url = Postgres.createDatabase();
        try (ServeNode node = ServeNode.start("masked", folder, Map.of(), "--store", url + "&password=s3cret-Value",
                "--rules", Repo.rules().toString())) {
            assertThat(node.log()).contains("password=***").doesNotContain("s3cret-Value");
            assertThat(node.stderr()).doesNotContain("s3cret-Value");
            assertThat(node.terminate(Duration.ofSeconds(30))).isZero();
        } finally {
            Postgres.dropDatabase(url);
        }
    }

    @Test
    void should_refuse_a_second_node_on_the_embedded_store_when_one_serves_it() throws Exception {
        Path store = folder.resolve("store");
        try (ServeNode node = ServeNode.start("first", folder, Map.of(), "--store", store.toString(),
                "--rules", Repo.rules().toString())) {
            CliRun second = CliRun.run(Clock.systemUTC(),
                    "runs", "--store", store.toString());

            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.errLines()).singleElement().asString().contains("is in use by another healthscore process");
        }
    }

    private static HttpResponse<String> get(ServeNode node, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.healthPort() + path))
                .timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
