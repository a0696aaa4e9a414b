package io.healthscore.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SampleStore;
import io.healthscore.testhelper.ServeNode;
import io.healthscore.users.Token;
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

/**
 * {@code healthscore serve} as a process, after {@code healthscore users add}: the API answers the token, and the
 * token is in no log line and no output of serve.
 */
class ServeApiTest {
    @TempDir
    Path folder;

    @Test
    void should_serve_the_api_to_a_token_from_users_add_and_never_log_it() throws Exception {
        SampleStore samples = new SampleStore(folder.resolve("store"));
        assertThat(samples.ingestSamples().exitCode()).isZero();
        assertThat(samples.run("2026-10", false).exitCode()).isZero();
        CliRun added = samples.command("users", "add", "dana", "--role", "csm");
        String token = added.out().strip();

        try (ServeNode node = ServeNode.start("api", folder, Map.of(), "--store", samples.folder().toString(),
                "--rules", Repo.rules().toString(), "--triggers-file", samples.triggersFile().toString())) {
            HttpResponse<String> company = call(node, "GET", "/api/v1/companies/acme", token, null);
            HttpResponse<String> override = call(node, "PUT", "/api/v1/companies/globex/override", token,
                    "{\"band\": \"STEADY\", \"note\": \"renewal call booked\"}");
            HttpResponse<String> bad = call(node, "GET", "/api/v1/companies", token + "x", null);

            assertThat(company.statusCode()).isEqualTo(200);
            assertThat(company.body()).contains("\"company\":\"acme\"");
            assertThat(override.statusCode()).isEqualTo(200);
            assertThat(override.body()).contains("\"by\":\"dana\"");
            assertThat(bad.statusCode()).isEqualTo(401);
            assertThat(node.terminate(Duration.ofSeconds(30))).isZero();
            String secret = Token.parse(token).orElseThrow().secret();
            assertThat(node.log()).contains("api override globex by dana").doesNotContain(secret);
            assertThat(node.stderr()).doesNotContain(secret);
        }
    }

    @Test
    void should_take_a_user_added_to_the_users_file_while_it_serves_the_embedded_store() throws Exception {
        SampleStore samples = new SampleStore(folder.resolve("store"));
        assertThat(samples.ingestSamples().exitCode()).isZero();
        Path users = folder.resolve("users.jsonl");

        try (ServeNode node = ServeNode.start("file", folder, Map.of("HEALTHSCORE_SERVE_USERS_FILE", users.toString()),
                "--store", samples.folder().toString(), "--rules", Repo.rules().toString())) {
            // the store is the serving node's alone; the users file is not
            CliRun added = CliRun.run(Clock.systemUTC(), "users", "add", "viewer-bot", "--role", "viewer",
                    "--users-file", users.toString(), "--store", samples.folder().toString());
            assertThat(added.exitCode()).as(added.err()).isZero();
            String token = added.out().strip();

            assertThat(call(node, "GET", "/api/v1/runs", token, null).statusCode()).isEqualTo(200);
            assertThat(call(node, "POST", "/api/v1/companies/acme/score", token, null).statusCode()).isEqualTo(403);
            assertThat(CliRun.run(Clock.systemUTC(), "users", "remove", "viewer-bot", "--users-file", users.toString(),
                    "--store", samples.folder().toString()).exitCode()).isZero();
            assertThat(call(node, "GET", "/api/v1/runs", token, null).statusCode()).isEqualTo(401);
            assertThat(node.log()).contains("serve.users-file=" + users);
        }
    }

    private static HttpResponse<String> call(ServeNode node, String method, String path, String token, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.healthPort() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
