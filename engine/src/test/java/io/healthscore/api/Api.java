package io.healthscore.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.json.Json;
import io.healthscore.testhelper.RunningService;
import io.healthscore.users.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client of a running service's API, as one of its users (or with a token given as is). */
final class Api {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final RunningService service;
    private final String authorization;

    private Api(RunningService service, String authorization) {
        this.service = service;
        this.authorization = authorization;
    }

    static Api as(RunningService service, Role role) {
        return new Api(service, "Bearer " + service.token(role));
    }

    static Api withHeader(RunningService service, String authorization) {
        return new Api(service, authorization);
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("WWW-Authenticate").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply json(String method, String path, String body) {
        return send(method, path, "application/json", body);
    }

    record Reply(int status, String contentType, String authenticate, String body) {
        JsonNode json() {
            try {
                return Json.tree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
