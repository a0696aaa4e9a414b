package io.healthscore.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.RunningService;
import io.healthscore.users.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without a browser for the console tests: java.net.http with the cookies it was given kept by hand,
 * redirects not followed (tests look at them), pages parsed with jsoup.
 */
final class ConsoleClient {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    ConsoleClient(RunningService service) {
        this.base = service.url();
    }

    /** A client signed in as the service's user of {@code role}. */
    static ConsoleClient signedIn(RunningService service, Role role) {
        ConsoleClient client = new ConsoleClient(service);
        Page done = client.signIn(service.token(role), "/");
        assertThat(done.status()).as("sign-in as %s", role).isEqualTo(303);
        assertThat(client.cookie("hs_session")).isPresent();
        return client;
    }

    /** Opens the sign-in form (for its cookie and CSRF field) and sends it with {@code token}. */
    Page signIn(String token, String next) {
        Page form = get("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        String csrf = form.document().selectFirst("form[action=/sign-in] input[name=csrf]").val();
        return post("/sign-in", Map.of("csrf", csrf, "token", token, "next", next));
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form of a page the client got, with the session's CSRF token as the page carries it. */
    Page postWithCsrf(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("csrf", csrf());
        return post(path, withToken);
    }

    /** The session's CSRF token, read off the sign-out form every page has. */
    String csrf() {
        return get("/companies").document().selectFirst("form[action=/sign-out] input[name=csrf]").val();
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Page send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            List<String> setCookies = response.headers().allValues("Set-Cookie");
            for (String setCookie : setCookies) {
                String pair = setCookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), setCookies,
                    response.body(), Jsoup.parse(response.body(), base + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** An answer: status, where it redirects to, the cookies it set, the body and the body parsed. */
    record Page(int status, String location, List<String> setCookies, String body, Document document) {
        Optional<String> setCookie(String name) {
            return setCookies.stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst();
        }
    }
}
