package io.healthscore.scenario;

import io.healthscore.yaml.YamlMap;
import io.healthscore.yaml.YamlScalar;
import io.healthscore.yaml.YamlValue;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/** A scenario's {@code sent:}: the month each trigger was last emitted for the company, before the scenario's month. */
final class SentEntries {
    private static final String ACCEPTED = "a mapping of trigger name to the month it was last sent, e.g."
            + " {loyalty-offer: 2026-08}";

    private SentEntries() {
    }

    static Map<String, YearMonth> read(YamlValue value, YearMonth month) {
        if (!(value instanceof YamlMap map)) {
            throw new ScenarioException(value.line(), "sent", "is " + value.describe() + "; accepted: " + ACCEPTED);
        }
        Map<String, YearMonth> sent = new LinkedHashMap<>();
        for (YamlMap.Entry entry : map.entries()) {
            String field = "sent." + entry.key();
            if (sent.containsKey(entry.key())) {
                throw new ScenarioException(entry.line(), field, "given twice (also line " + map.lineOf(entry.key())
                        + "); accepted: each trigger once");
            }
            if (!(entry.value() instanceof YamlScalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
                throw new ScenarioException(entry.line(), field, "is " + entry.value().describe() + "; accepted: the month"
                        + " it was last sent, " + EntryFields.MONTH);
            }
            YearMonth last = EntryFields.month(scalar.text().trim(), entry.line(), field);
            if (!last.isBefore(month)) {
                throw new ScenarioException(entry.line(), field, last + " is not before the scenario's month " + month
                        + "; accepted: an earlier month (what the month itself emits is what the scenario checks)");
            }
            sent.put(entry.key(), last);
        }
        return sent;
    }
}
