package io.healthscore.automation;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs each trigger as JSON to a URL, signed with HMAC-SHA256 when a secret is set. 2xx is sent; 429, 5xx,
 * timeouts and connection errors are retried; any other status (4xx, a redirect) is dead-lettered at once.
 */
public final class WebhookChannel implements Channel {
    public static final String EVENT_HEADER = "X-Healthscore-Event";
    public static final String REPLAY_HEADER = "X-Healthscore-Replay";

    private final WebhookSettings settings;
    private final HttpClient client;

    public WebhookChannel(WebhookSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return settings.name();
    }

    /** The settings the automations file gave. */
    WebhookSettings settings() {
        return settings;
    }

    @Override
    public DeliveryOutcome deliver(TriggerEvent event, Route route) {
        byte[] body = EventJson.of(event, Messages.text(event, route)).getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "healthscore")
                .header(EVENT_HEADER, event.id())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (event.replay()) {
            request.header(REPLAY_HEADER, "true");
        }
        if (settings.secret() != null) {
            request.header(Signature.HEADER, Signature.of(body, settings.secret()));
        }
        settings.headers().forEach(request::header);
        String target = "webhook " + settings.name() + " (POST " + settings.shownUrl() + ")";
        // the request's own timeout ends with the headers; waiting on the future bounds the body too
        CompletableFuture<HttpResponse<String>> response =
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
        try {
            return outcome(target, response.get(settings.timeout().toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            response.cancel(true);
            return noResponse(target);
        } catch (ExecutionException e) {
            return failure(target, e.getCause());
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            return new DeliveryOutcome.Retry(target + ": interrupted while waiting for the response");
        }
    }

    private DeliveryOutcome failure(String target, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new DeliveryOutcome.Retry(target + ": cannot connect to " + address() + " within "
                    + seconds(settings.connectTimeout()));
        }
        if (cause instanceof HttpTimeoutException) {
            return noResponse(target);
        }
        if (cause instanceof ConnectException e) {
            // the JDK's ConnectException often has no message: say what it means
            return new DeliveryOutcome.Retry(target + ": cannot connect to " + address() + " ("
                    + (e.getMessage() == null ? "connection refused or host unreachable" : e.getMessage()) + ")");
        }
        if (cause instanceof IOException e) {
            return new DeliveryOutcome.Retry(target + ": " + reason(e));
        }
        throw new IllegalStateException(target + ": " + cause, cause);
    }

    private String address() {
        int port = settings.url().getPort() != -1 ? settings.url().getPort()
                : "https".equals(settings.url().getScheme()) ? 443 : 80;
        return settings.url().getHost() + ":" + port;
    }

    private DeliveryOutcome noResponse(String target) {
        return new DeliveryOutcome.Retry(target + ": no response within " + seconds(settings.timeout()));
    }

    private static DeliveryOutcome outcome(String target, HttpResponse<String> response) {
        int status = response.statusCode();
        String said = target + ": HTTP " + status + excerpt(response.body());
        if (status >= 200 && status < 300) {
            return new DeliveryOutcome.Sent("HTTP " + status);
        }
        if (status == 429 || status >= 500) {
            return new DeliveryOutcome.Retry(said, retryAfter(response).orElse(null));
        }
        if (status >= 300 && status < 400) {
            return new DeliveryOutcome.Failed(said + "; redirects are not followed: configure the final URL ("
                    + response.headers().firstValue("Location").orElse("no Location given") + ")");
        }
        return new DeliveryOutcome.Failed(said);
    }

    /** Retry-After in seconds (an HTTP date is ignored: the retry policy applies). */
    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").filter(value -> value.trim().matches("\\d{1,7}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.trim())));
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.strip().replaceAll("\\s+", " ");
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "..." : line);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
