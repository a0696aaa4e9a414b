package io.healthscore.automation;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.trigger.EmittedTrigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values a message template can show, built from a {@link TriggerEvent}. Every value is text or null (a
 * section over it is then skipped, a placeholder shows {@link #NOT_AVAILABLE}); {@code replay} is a boolean.
 */
final class TemplateValues {
    static final String NOT_AVAILABLE = "n/a";

    /** Every placeholder a template may use, in the order an error message lists them. */
    static final List<String> NAMES = List.of("id", "trigger", "month", "monthName", "company.id", "company.name",
            "company.owner", "company.contact", "company.segment", "score", "band", "bandLabel", "previousScore",
            "previousBand", "previousBandLabel", "drivers.login", "drivers.adoption", "drivers.nps",
            "drivers.weeks", "drivers.change", "replay", "manual", "change.source", "change.by", "change.note");

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private TemplateValues() {
    }

    static Map<String, Object> of(TriggerEvent event) {
        EmittedTrigger trigger = event.trigger();
        Map<String, Object> values = new HashMap<>();
        values.put("id", event.id());
        values.put("trigger", trigger.name());
        values.put("month", trigger.month().toString());
        values.put("monthName", trigger.month().format(MONTH_NAME));
        values.put("company", company(event.company()));
        values.put("score", text(trigger.score()));
        values.put("band", trigger.band().name());
        values.put("bandLabel", label(trigger.band()));
        values.put("previousScore", text(trigger.previousScore()));
        values.put("previousBand", trigger.previousBand() == null ? null : trigger.previousBand().name());
        values.put("previousBandLabel", trigger.previousBand() == null ? null : label(trigger.previousBand()));
        values.put("drivers", drivers(event.drivers()));
        values.put("replay", event.replay());
        values.put("manual", trigger.manual() != null);
        values.put("change", change(trigger.manual()));
        return values;
    }

    private static Map<String, Object> change(EmittedTrigger.Manual manual) {
        Map<String, Object> values = new HashMap<>();
        values.put("source", manual == null ? null : manual.source());
        values.put("by", manual == null ? null : manual.author());
        values.put("note", manual == null ? null : manual.note());
        return values;
    }

    /** How people read a band: "At Risk", "No data". */
    static String label(Band band) {
        return switch (band) {
            case THRIVING -> "Thriving";
            case HEALTHY -> "Healthy";
            case STEADY -> "Steady";
            case AT_RISK -> "At Risk";
            case NONE -> "No data";
        };
    }

    /** The company's name, or its id when the companies file gives none. */
    static String companyName(Company company) {
        return company.name() == null || company.name().isBlank() ? company.id().value() : company.name();
    }

    /**
     * Two events that together take every branch of a template: one with every value present (a replay of a
     * trigger an override emitted), one with every optional value missing (no data, no previous assessment, an
     * unknown company).
     */
    static List<TriggerEvent> samples() {
        CompanyId acme = CompanyId.of("acme");
        YearMonth month = YearMonth.of(2026, 10);
        TriggerEvent full = new TriggerEvent(
                new EmittedTrigger(acme, month, "outreach-email", Band.AT_RISK, Band.STEADY, 24, 39, "sample",
                        Instant.EPOCH, new EmittedTrigger.Manual("override", "dana", "asked to cancel")),
                new Company(acme, "Acme Corp", "dana@example.com", "ops@acme.example", "enterprise"),
                new Drivers(new BigDecimal("40.5"), new BigDecimal("30.25"), new BigDecimal("-12"), 4, -15), 2, true);
        TriggerEvent empty = new TriggerEvent(
                new EmittedTrigger(acme, month, "internal-notification", Band.NONE, Band.NONE, null, null, "sample",
                        Instant.EPOCH),
                Company.known(acme), Drivers.NO_DATA, 1, false);
        return List.of(full, empty);
    }

    private static Map<String, Object> company(Company company) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", company.id().value());
        values.put("name", companyName(company));
        values.put("owner", blankToNull(company.owner()));
        values.put("contact", blankToNull(company.contact()));
        values.put("segment", blankToNull(company.segment()));
        return values;
    }

    private static Map<String, Object> drivers(Drivers drivers) {
        Map<String, Object> values = new HashMap<>();
        values.put("login", text(drivers.login()));
        values.put("adoption", text(drivers.adoption()));
        values.put("nps", text(drivers.nps()));
        values.put("weeks", Integer.toString(drivers.weeks()));
        values.put("change", signed(drivers.change()));
        return values;
    }

    /** A change of score with its sign: +16, -15, 0. */
    private static String signed(Integer change) {
        if (change == null) {
            return null;
        }
        return change > 0 ? "+" + change : change.toString();
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String text(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
