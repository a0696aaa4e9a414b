package io.healthscore.automation;

/**
 * Where triggers go: the JSON-lines file, a webhook or email. A channel makes one attempt per call and says
 * how it went; retries, backoff and dead-lettering are the dispatcher's.
 */
public interface Channel extends AutoCloseable {

    /** The channel's name in the automations file (e.g. "file", "crm", "mail"). */
    String name();

    /** Makes one attempt at delivering {@code event} as {@code route} says; never throws for a failed delivery. */
    DeliveryOutcome deliver(TriggerEvent event, Route route);

    @Override
    default void close() {
    }
}
