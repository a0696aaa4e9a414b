package io.healthscore.scenario;

import io.healthscore.yaml.YamlList;
import io.healthscore.yaml.YamlMap;
import io.healthscore.yaml.YamlScalar;
import io.healthscore.yaml.YamlValue;
import io.healthscore.assessment.Band;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Typed reads from one YAML mapping of a scenario file. Every problem names the line, the field (with its
 * parents, e.g. {@code expect.band}) and what is accepted.
 */
final class EntryFields {
    static final String MONTH = "YYYY-MM, e.g. 2026-10";

    private final YamlMap map;
    private final String prefix;

    private EntryFields(YamlMap map, String prefix) {
        this.map = map;
        this.prefix = prefix;
    }

    /** The fields of {@code value}, which must be a mapping holding none but the {@code known} keys. */
    static EntryFields of(YamlValue value, String field, List<String> known) {
        if (!(value instanceof YamlMap map)) {
            throw new ScenarioException(value.line(), field.isEmpty() ? "entry" : field, "is " + value.describe()
                    + "; accepted: a mapping of " + String.join(", ", known));
        }
        String prefix = field.isEmpty() ? "" : field + ".";
        Set<String> seen = new HashSet<>();
        for (YamlMap.Entry entry : map.entries()) {
            if (!known.contains(entry.key())) {
                throw new ScenarioException(entry.line(), prefix + entry.key(), "unknown key; accepted: "
                        + String.join(", ", known));
            }
            if (!seen.add(entry.key())) {
                throw new ScenarioException(entry.line(), prefix + entry.key(), "given twice (also line "
                        + map.lineOf(entry.key()) + "); accepted: each key once");
            }
        }
        return new EntryFields(map, prefix);
    }

    boolean has(String key) {
        return map.has(key);
    }

    int line() {
        return map.line();
    }

    int lineOf(String key) {
        return map.lineOf(key);
    }

    String name(String key) {
        return prefix + key;
    }

    /** The raw value, or null when absent; fails when {@code required} and absent. */
    YamlValue value(String key, boolean required, String accepted) {
        if (!map.has(key) && required) {
            throw new ScenarioException(map.line(), name(key), "is missing; accepted: " + accepted);
        }
        return map.get(key);
    }

    /** Text of a string (or other plain) scalar; null when absent or null and not {@code required}. */
    String text(String key, boolean required, String accepted) {
        YamlValue value = value(key, required, accepted);
        if (value == null || (value instanceof YamlScalar scalar && scalar.isNull() && !required)) {
            return null;
        }
        if (!(value instanceof YamlScalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
            throw new ScenarioException(value.line(), name(key), "is " + value.describe() + "; accepted: " + accepted);
        }
        return scalar.text().trim();
    }

    /** An exact decimal from a YAML number; null when absent or null and not {@code required}. */
    BigDecimal number(String key, boolean required, String accepted) {
        YamlValue value = value(key, required, "a number from " + accepted);
        return value == null ? null : number(value, name(key), required, accepted);
    }

    static BigDecimal number(YamlValue value, String field, boolean required, String accepted) {
        if (value instanceof YamlScalar scalar && scalar.isNull() && !required) {
            return null;
        }
        if (!(value instanceof YamlScalar scalar) || scalar.kind() != YamlScalar.Kind.NUMBER) {
            throw new ScenarioException(value.line(), field, "is " + value.describe()
                    + "; accepted: a number from " + accepted + ", written unquoted");
        }
        try {
            return new BigDecimal(scalar.text());
        } catch (NumberFormatException e) {
            throw new ScenarioException(value.line(), field, "'" + scalar.text()
                    + "' is not a decimal number; accepted: a number from " + accepted + ", e.g. 75.5");
        }
    }

    /** A whole number from 0 to 100, or null when absent or null. */
    Integer wholePercent(String key, String accepted) {
        BigDecimal value = number(key, false, "0 to 100");
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.ZERO) < 0
                || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ScenarioException(lineOf(key), name(key), value.toPlainString() + " is not a whole percent; accepted: "
                    + accepted);
        }
        return value.intValueExact();
    }

    /** A month YYYY-MM, or null when absent and not {@code required}. */
    YearMonth month(String key, boolean required) {
        String text = text(key, required, MONTH);
        return text == null ? null : month(text, lineOf(key), name(key));
    }

    static YearMonth month(String text, int line, String field) {
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below with the accepted format
        }
        throw new ScenarioException(line, field, "'" + text + "' is not a month; accepted: " + MONTH);
    }

    /** A band by name, e.g. HEALTHY; {@code key} is required. */
    Band band(String key) {
        String text = text(key, true, "a band: THRIVING, HEALTHY, STEADY, AT_RISK or NONE");
        try {
            return Band.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(lineOf(key), name(key), e.getMessage());
        }
    }

    /** true or false; {@code absent} when the key is absent or null. */
    boolean flag(String key, boolean absent) {
        YamlValue value = map.get(key);
        if (value == null || value instanceof YamlScalar scalar && scalar.isNull()) {
            return absent;
        }
        if (!(value instanceof YamlScalar scalar) || scalar.kind() != YamlScalar.Kind.BOOLEAN) {
            throw new ScenarioException(value.line(), name(key), "is " + value.describe()
                    + "; accepted: true or false");
        }
        // YAML 1.1 also reads yes/no and on/off as booleans
        return List.of("true", "yes", "on", "y").contains(scalar.text().trim().toLowerCase(Locale.ROOT));
    }

    /** A list, or null when absent and not {@code required}. */
    YamlList list(String key, boolean required, String accepted) {
        YamlValue value = value(key, required, accepted);
        if (value == null) {
            return null;
        }
        if (!(value instanceof YamlList list)) {
            throw new ScenarioException(value.line(), name(key), "is " + value.describe() + "; accepted: " + accepted);
        }
        return list;
    }
}
