package io.healthscore.scenario;

import io.healthscore.yaml.YamlList;
import io.healthscore.yaml.YamlScalar;
import io.healthscore.yaml.YamlValue;
import io.healthscore.assessment.Band;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A scenario's {@code expect:} mapping: each of weekly, mean, score, band and triggers is checked when given. */
final class ExpectationEntry {
    private static final String MEAN = "0 to 100, e.g. 79.25, or null for band NONE";
    private static final String TRIGGERS = "a list of trigger names, e.g. [upsell-opportunity, loyalty-offer], [] for none";

    private ExpectationEntry() {
    }

    static Expectation read(YamlValue value) {
        EntryFields fields = EntryFields.of(value, "expect", Expectation.FIELDS);
        Set<String> checked = new HashSet<>(Expectation.FIELDS);
        checked.removeIf(field -> !fields.has(field));
        if (checked.isEmpty()) {
            throw new ScenarioException(fields.line(), "expect", "gives nothing to check; accepted: one or more of "
                    + String.join(", ", Expectation.FIELDS));
        }
        Outcome expected = new Outcome(weekly(fields), fields.number("mean", false, MEAN),
                fields.wholePercent("score", "a whole number from 0 to 100, or null for band NONE"),
                band(fields), triggers(fields));
        return new Expectation(expected, checked);
    }

    private static List<BigDecimal> weekly(EntryFields fields) {
        YamlList list = fields.list("weekly", false, "a list of weekly scores, e.g. [75.5, 83], [] for none");
        if (list == null) {
            return List.of();
        }
        return list.items().stream().map(item -> EntryFields.number(item, "expect.weekly", true, "0 to 100")).toList();
    }

    private static Band band(EntryFields fields) {
        if (!fields.has("band")) {
            return Band.NONE; // holds the place only: an absent field is not checked
        }
        String text = fields.text("band", true, "a band: THRIVING, HEALTHY, STEADY, AT_RISK or NONE");
        try {
            return Band.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(fields.lineOf("band"), "expect.band", e.getMessage());
        }
    }

    private static List<String> triggers(EntryFields fields) {
        YamlList list = fields.list("triggers", false, TRIGGERS);
        List<String> triggers = new ArrayList<>();
        for (YamlValue item : list == null ? List.<YamlValue>of() : list.items()) {
            if (!(item instanceof YamlScalar scalar) || scalar.kind() != YamlScalar.Kind.STRING || scalar.text().isBlank()) {
                throw new ScenarioException(item.line(), "expect.triggers", "is " + item.describe()
                        + "; accepted: " + TRIGGERS);
            }
            if (triggers.contains(scalar.text().trim())) {
                throw new ScenarioException(item.line(), "expect.triggers", "'" + scalar.text().trim()
                        + "' is listed twice; accepted: each trigger once (a trigger is emitted at most once)");
            }
            triggers.add(scalar.text().trim());
        }
        return triggers;
    }
}
