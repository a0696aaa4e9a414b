package io.healthscore.automation;

import io.healthscore.config.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The automations file as loaded: a route per configured trigger name, the channels by name (always including
 * {@code file}), the retry policy, how long a dispatcher holds a claimed trigger, how long {@code run} and
 * {@code score} wait for retries that fall due, and how often {@code serve} looks for due triggers.
 * A trigger name without a route goes to the {@code file} channel, as before automations were configurable.
 */
public record Automations(Map<String, Route> routes, Map<String, Channel> channels, RetryPolicy retry,
        Duration lease, Duration settle, Duration poll, String source) implements AutoCloseable {

    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(10);

    public Automations {
        routes = Map.copyOf(routes);
        channels = Map.copyOf(channels);
        Objects.requireNonNull(retry, "retry");
        if (!channels.containsKey(TriggersFileChannel.NAME)) {
            throw new IllegalArgumentException("the file channel is missing");
        }
    }

    /** Every trigger to the JSON-lines file, with the default retry policy: the behaviour without a file. */
    public static Automations defaults(Path triggersFile) {
        return new Automations(Map.of(), Map.of(TriggersFileChannel.NAME, new TriggersFileChannel(triggersFile)), RetryPolicy.DEFAULT,
                DEFAULT_LEASE, DEFAULT_WAIT, DEFAULT_POLL, "built-in defaults");
    }

    public Route route(String trigger) {
        Route route = routes.get(trigger);
        return route != null ? route : new Route(trigger, TriggersFileChannel.NAME, true, Recipient.OWNER, Route.Message.NONE);
    }

    public Channel channel(String name) {
        Channel channel = channels.get(name);
        if (channel == null) {
            throw new IllegalStateException("no channel " + name);
        }
        return channel;
    }

    public TriggersFileChannel file() {
        return (TriggersFileChannel) channels.get(TriggersFileChannel.NAME);
    }

    /** One line for the start-up log: each configured route, then the rest, and the retry policy (no secrets). */
    public String describe() {
        Map<String, String> lines = new TreeMap<>();
        routes.values().forEach(route -> lines.put(route.trigger(), route.enabled() ? route.channel() : "off"));
        StringBuilder text = new StringBuilder("automations from ").append(source).append(": ");
        lines.forEach((trigger, channel) -> text.append(trigger).append(" -> ").append(channel).append(", "));
        return text.append(lines.isEmpty() ? "every trigger" : "every other trigger").append(" -> file (")
                .append(file().file()).append("); retry: ").append(retry.attempts()).append(" attempts, backoff ")
                .append(Durations.text(retry.backoff())).append(" doubling up to ")
                .append(Durations.text(retry.maxBackoff())).toString();
    }

    @Override
    public void close() {
        Collection<Channel> all = channels.values();
        all.forEach(Channel::close);
    }
}
