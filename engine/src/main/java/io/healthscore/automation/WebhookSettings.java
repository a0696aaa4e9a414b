package io.healthscore.automation;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook channel: the URL it POSTs to, the secret its bodies are signed with (null: unsigned), how long to
 * wait for a connection and for the whole response, and extra headers (e.g. an API key read from the
 * environment). {@code shownUrl} is how logs and errors show the URL: as the automations file writes it when it
 * comes from the environment (a Slack-style URL is itself a secret). Secrets never appear in {@link #toString()}.
 */
public record WebhookSettings(String name, URI url, String secret, Duration connectTimeout, Duration timeout,
        Map<String, String> headers, String shownUrl) {
    public WebhookSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(shownUrl, "shownUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        headers = Map.copyOf(headers);
    }

    /** Settings whose URL may be shown as it is (not read from the environment). */
    public WebhookSettings(String name, URI url, String secret, Duration connectTimeout, Duration timeout,
            Map<String, String> headers) {
        this(name, url, secret, connectTimeout, timeout, headers, url.toString());
    }

    @Override
    public String toString() {
        return "webhook " + name + " -> " + shownUrl + " (signed: " + (secret != null) + ", timeout " + timeout
                + ", headers " + headers.keySet() + ")";
    }
}
