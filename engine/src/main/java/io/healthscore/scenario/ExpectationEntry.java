package io.healthscore.scenario;

import io.healthscore.yaml.YamlList;
import io.healthscore.yaml.YamlScalar;
import io.healthscore.yaml.YamlValue;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A scenario's {@code expect:} mapping: each of {@link Expectation#FIELDS} is checked when given. */
final class ExpectationEntry {
    private static final String MEAN = "0 to 100, e.g. 79.25, or null for band NONE";
    private static final String TRIGGERS = "a list of trigger names, e.g. [upsell-opportunity, loyalty-offer], [] for none";
    private static final String LOW_CONFIDENCE = "true, false, or the reason the rules give, e.g. \"2 of 5 weeks have data\"";

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
        YamlValue lowConfidence = fields.value("lowConfidence", false, LOW_CONFIDENCE);
        boolean anyReason = lowConfidence instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.BOOLEAN
                && fields.flag("lowConfidence", false);
        Outcome expected = new Outcome(weekly(fields), fields.number("mean", false, MEAN),
                fields.wholePercent("score", "a whole number from 0 to 100, or null for band NONE"),
                fields.has("band") ? fields.band("band") : Band.NONE, // an absent field holds the place only
                names(fields, "triggers"),
                fields.has("ruleSet") ? fields.text("ruleSet", true, "base, or the id of a segment folder") : Explanation.BASE,
                fields.text("bandReason", false, "the reason the rule gave with the band it forced, or null for none"),
                anyReason ? null : lowConfidence(fields, lowConfidence), names(fields, "suppressed"));
        return new Expectation(expected, checked, anyReason);
    }

    private static List<BigDecimal> weekly(EntryFields fields) {
        YamlList list = fields.list("weekly", false, "a list of weekly scores, e.g. [75.5, 83], [] for none");
        if (list == null) {
            return List.of();
        }
        return list.items().stream().map(item -> EntryFields.number(item, "expect.weekly", true, "0 to 100")).toList();
    }

    /** The reason expected; null for false, null or absent ({@code true}, any reason, is read by the caller). */
    private static String lowConfidence(EntryFields fields, YamlValue value) {
        if (value == null || value instanceof YamlScalar scalar
                && (scalar.kind() == YamlScalar.Kind.BOOLEAN || scalar.isNull())) {
            return null;
        }
        if (!(value instanceof YamlScalar scalar) || scalar.kind() != YamlScalar.Kind.STRING || scalar.text().isBlank()) {
            throw new ScenarioException(value.line(), fields.name("lowConfidence"), "is " + value.describe()
                    + "; accepted: " + LOW_CONFIDENCE);
        }
        return scalar.text().trim();
    }

    /** The trigger names of {@code key} (triggers, suppressed): each once. */
    private static List<String> names(EntryFields fields, String key) {
        YamlList list = fields.list(key, false, TRIGGERS);
        List<String> names = new ArrayList<>();
        for (YamlValue item : list == null ? List.<YamlValue>of() : list.items()) {
            if (!(item instanceof YamlScalar scalar) || scalar.kind() != YamlScalar.Kind.STRING || scalar.text().isBlank()) {
                throw new ScenarioException(item.line(), fields.name(key), "is " + item.describe()
                        + "; accepted: " + TRIGGERS);
            }
            if (names.contains(scalar.text().trim())) {
                throw new ScenarioException(item.line(), fields.name(key), "'" + scalar.text().trim()
                        + "' is listed twice; accepted: each trigger once (a trigger is emitted at most once)");
            }
            names.add(scalar.text().trim());
        }
        return names;
    }
}
