package io.healthscore.automation;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook channel: the URL it POSTs to, the secret its bodies are signed with (null: unsigned), how long to
 * wait for a connection and for the whole response, and extra headers (e.g. an API key read from the
 * environment). Secrets never appear in {@link #toString()}.
 */
public record WebhookSettings(String name, URI url, String secret, Duration connectTimeout, Duration timeout,
        Map<String, String> headers) {
    public WebhookSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        headers = Map.copyOf(headers);
    }

    @Override
    public String toString() {
        return "webhook " + name + " -> " + url + " (signed: " + (secret != null) + ", timeout " + timeout
                + ", headers " + headers.keySet() + ")";
    }
}
