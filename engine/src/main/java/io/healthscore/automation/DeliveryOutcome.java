package io.healthscore.automation;

import java.time.Duration;
import java.util.Objects;

/** What one attempt at delivering a trigger came to. */
public sealed interface DeliveryOutcome {

    /** The channel took the event; {@code detail} says how (e.g. "HTTP 200", "250 to dana@example.com"). */
    record Sent(String detail) implements DeliveryOutcome {
        public Sent {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * A failure that may pass (a 5xx, 429, timeout, refused connection): try again later. {@code after} is how
     * long the receiver asked to wait (Retry-After), or null to follow the retry policy.
     */
    record Retry(String error, Duration after) implements DeliveryOutcome {
        public Retry {
            Objects.requireNonNull(error, "error");
        }

        public Retry(String error) {
            this(error, null);
        }
    }

    /** A failure that trying again cannot fix (a 4xx, no address, a rejected recipient): dead-letter it now. */
    record Failed(String error) implements DeliveryOutcome {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
