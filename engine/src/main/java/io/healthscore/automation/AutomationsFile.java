package io.healthscore.automation;

import io.healthscore.config.ConfigException;
import io.healthscore.config.Durations;
import io.healthscore.yaml.YamlException;
import io.healthscore.yaml.YamlReader;
import io.healthscore.yaml.YamlValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the automations file (YAML; format in docs/automations.md): delivery settings, the channels, and a route per
 * trigger name. Everything is checked before anything is delivered: an unknown key or trigger name, a channel
 * that is not defined, a bad URL, port or duration, an unset environment variable or a template with an unknown
 * placeholder stops start-up with one line naming the file, line and key.
 */
public final class AutomationsFile {
    private static final Set<String> SECTIONS = Set.of("delivery", "channels", "triggers");
    private static final Set<String> DELIVERY = Set.of("attempts", "backoff", "max-backoff", "lease", "wait", "poll");

    private AutomationsFile() {
    }

    /**
     * The automations of {@code file} (null: the built-in defaults). {@code knownTriggers} are the names the rules
     * can emit; the contract's default names are always accepted.
     */
    public static Automations load(Path file, Path triggersFile, Map<String, String> environment,
            Set<String> knownTriggers) {
        if (file == null) {
            return Automations.defaults(triggersFile);
        }
        YamlValue root;
        try {
            root = YamlReader.read(Files.readString(file, StandardCharsets.UTF_8),
                    "a YAML mapping with delivery, channels and triggers");
        } catch (NoSuchFileException e) {
            throw new ConfigException("automations file " + file + " does not exist; accepted: an existing YAML file"
                    + " (--automations, $HEALTHSCORE_AUTOMATIONS), or neither for the defaults");
        } catch (IOException e) {
            throw new ConfigException("cannot read automations file " + file + " (" + e + "); accepted: a readable"
                    + " YAML file (--automations, $HEALTHSCORE_AUTOMATIONS), or neither for the defaults");
        } catch (YamlException e) {
            throw new ConfigException(file + ":" + e.line() + ": " + e.getMessage());
        }
        if (root == null) {
            return Automations.defaults(triggersFile);
        }
        return read(ConfigNode.root(file.toString(), root, environment), triggersFile, knownTriggers);
    }

    private static Automations read(ConfigNode root, Path triggersFile, Set<String> knownTriggers) {
        ConfigNode delivery = null;
        ConfigNode channels = null;
        ConfigNode triggers = null;
        for (ConfigNode section : root.entries(SECTIONS, "a mapping with delivery, channels and triggers")) {
            if (section.isNull()) {
                continue; // a section whose entries are all commented out
            }
            switch (section.key()) {
                case "delivery" -> delivery = section;
                case "channels" -> channels = section;
                default -> triggers = section;
            }
        }
        Map<String, Channel> all = new HashMap<>(channels == null ? Map.of() : ChannelsSection.read(channels));
        all.put(TriggersFileChannel.NAME, new TriggersFileChannel(triggersFile));
        Set<String> names = new TreeSet<>(knownTriggers);
        names.addAll(DefaultMessages.names());
        Map<String, Route> routes = triggers == null ? Map.of() : TriggersSection.read(triggers, all, names);
        Map<String, ConfigNode> settings = new HashMap<>();
        if (delivery != null) {
            delivery.entries(DELIVERY, "a mapping of delivery settings").forEach(node -> settings.put(node.name(), node));
        }
        RetryPolicy retry = retry(settings);
        return new Automations(routes, all, retry,
                duration(settings, "lease", Automations.DEFAULT_LEASE, Duration.ofSeconds(10)),
                duration(settings, "wait", Automations.DEFAULT_WAIT, Duration.ZERO),
                duration(settings, "poll", Automations.DEFAULT_POLL, Duration.ofMillis(100)), root.file());
    }

    private static RetryPolicy retry(Map<String, ConfigNode> settings) {
        int attempts = settings.containsKey("attempts") ? settings.get("attempts").integer(1, 100)
                : RetryPolicy.DEFAULT.attempts();
        Duration backoff = duration(settings, "backoff", RetryPolicy.DEFAULT.backoff(), Duration.ofMillis(1));
        Duration max = duration(settings, "max-backoff", RetryPolicy.DEFAULT.maxBackoff(), Duration.ofMillis(1));
        if (max.compareTo(backoff) < 0) {
            throw settings.containsKey("max-backoff")
                    ? settings.get("max-backoff").invalid("'" + settings.get("max-backoff").written() + "' is shorter"
                            + " than backoff " + Durations.text(backoff) + "; accepted: at least the backoff")
                    : settings.get("backoff").invalid("'" + settings.get("backoff").written() + "' is longer than"
                            + " max-backoff (default " + Durations.text(max) + "); accepted: at most max-backoff, or set"
                            + " max-backoff too");
        }
        return new RetryPolicy(attempts, backoff, max);
    }

    private static Duration duration(Map<String, ConfigNode> settings, String key, Duration fallback, Duration min) {
        ConfigNode node = settings.get(key);
        return node == null ? fallback : node.duration(min);
    }
}
