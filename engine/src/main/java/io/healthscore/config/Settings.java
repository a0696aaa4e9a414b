package io.healthscore.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Configuration values by key (e.g. {@code schedule.cron}), looked up in order: command-line option, environment
 * variable ({@code HEALTHSCORE_SCHEDULE_CRON}), configuration file, default. Every bad value is reported with
 * its key, its source and what is accepted; nothing is silently replaced by a default.
 */
public final class Settings {

    private final Map<String, String> options;
    private final Map<String, String> environment;
    private final Map<String, String> file;
    private final String fileName;

    private Settings(Map<String, String> options, Map<String, String> environment, Map<String, String> file,
            String fileName) {
        this.options = Map.copyOf(options);
        this.environment = Map.copyOf(environment);
        this.file = Map.copyOf(file);
        this.fileName = fileName;
    }

    /**
     * Reads the configuration file (when given) and checks that it names known keys only. {@code options} maps
     * keys to values given on the command line (null values are left out).
     */
    public static Settings load(Map<String, String> options, Map<String, String> environment, Path configFile,
            Set<String> knownKeys) {
        Map<String, String> given = new LinkedHashMap<>();
        options.forEach((key, value) -> {
            if (value != null) {
                given.put(key, value);
            }
        });
        Map<String, String> fromFile = configFile == null ? Map.of() : read(configFile);
        for (String key : fromFile.keySet()) {
            if (!knownKeys.contains(key)) {
                throw new ConfigException(configFile + ": unknown key '" + key + "'; accepted: "
                        + String.join(", ", new TreeSet<>(knownKeys)));
            }
        }
        return new Settings(given, environment, fromFile, configFile == null ? null : configFile.toString());
    }

    private static Map<String, String> read(Path configFile) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + configFile + ": " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key.trim(), properties.getProperty(key).trim()));
        return values;
    }

    /** The value and where it came from, or empty when only the default applies. */
    private Optional<Value> find(String key) {
        if (options.containsKey(key)) {
            return Optional.of(new Value(key, options.get(key), "command-line option"));
        }
        String variable = environmentName(key);
        String fromEnvironment = environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(new Value(key, fromEnvironment.trim(), "environment variable " + variable));
        }
        if (file.containsKey(key)) {
            return Optional.of(new Value(key, file.get(key), fileName));
        }
        return Optional.empty();
    }

    public static String environmentName(String key) {
        return "HEALTHSCORE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public String text(String key, String fallback) {
        return find(key).map(Value::text).orElse(fallback);
    }

    public int integer(String key, int fallback, int min, int max) {
        return find(key).map(value -> {
            try {
                int number = Integer.parseInt(value.text());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below, with what is accepted
            }
            throw value.invalid("a whole number from " + min + " to " + max);
        }).orElse(fallback);
    }

    /** A duration written as a number with a unit (500ms, 7s, 2m, 1h), at least {@code min}. */
    public Duration duration(String key, Duration fallback, Duration min) {
        return find(key).map(value -> {
            String accepted = "a number with a unit: ms, s, m or h (e.g. 500ms, 7s, 2m), at least " + min.toMillis() + "ms";
            Duration duration = Durations.parse(value.text()).orElseThrow(() -> value.invalid(accepted));
            if (duration.compareTo(min) < 0) {
                throw value.invalid(accepted);
            }
            return duration;
        }).orElse(fallback);
    }

    public ZoneId zone(String key, ZoneId fallback) {
        return find(key).map(value -> {
            try {
                return ZoneId.of(value.text());
            } catch (RuntimeException e) {
                throw value.invalid("a time zone id such as UTC, Europe/Berlin or America/New_York");
            }
        }).orElse(fallback);
    }

    /** Checks a value with {@code check}, which throws IllegalArgumentException with what is wrong. */
    public String checked(String key, String fallback, String accepted, Consumer<String> check) {
        return find(key).map(value -> {
            try {
                check.accept(value.text());
                return value.text();
            } catch (IllegalArgumentException e) {
                throw new ConfigException(value.describe() + ": " + e.getMessage() + "; accepted: " + accepted);
            }
        }).orElse(fallback);
    }

    private record Value(String key, String text, String source) {
        String describe() {
            return key + " (from " + source + ") '" + text + "'";
        }

        ConfigException invalid(String accepted) {
            return new ConfigException(describe() + " is not valid; accepted: " + accepted);
        }
    }
}
