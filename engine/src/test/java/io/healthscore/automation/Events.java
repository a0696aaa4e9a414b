package io.healthscore.automation;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.trigger.EmittedTrigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** Trigger events for tests: Acme Corp, October 2026, moving from Steady (39) to At Risk (24). */
final class Events {
    static final String OWNER = "dana@example.com";
    static final String CONTACT = "ops@acme.example";
    static final Company ACME = new Company(CompanyId.of("acme"), "Acme Corp", OWNER, CONTACT, "enterprise");
    static final Drivers DRIVERS = new Drivers(new BigDecimal("40.50"), new BigDecimal("30.25"),
            new BigDecimal("-12"), 4, -15);

    private Events() {
    }

    static TriggerEvent event(String trigger) {
        return event(trigger, ACME);
    }

    static TriggerEvent event(String trigger, Company company) {
        return new TriggerEvent(emitted(trigger, Band.AT_RISK, Band.STEADY, 24, 39), company, DRIVERS, 1, false);
    }

    static TriggerEvent event(String trigger, Band band, Band previousBand, Integer score, Integer previousScore,
            Drivers drivers) {
        return new TriggerEvent(emitted(trigger, band, previousBand, score, previousScore), ACME, drivers, 1, false);
    }

    static TriggerEvent replay(TriggerEvent event, int attempt) {
        return new TriggerEvent(event.trigger(), event.company(), event.drivers(), attempt, true);
    }

    static Company company(String name, String owner, String contact) {
        return new Company(CompanyId.of("acme"), name, owner, contact, null);
    }

    static Route route(String trigger, Recipient to, Route.Message message) {
        return new Route(trigger, "mail", true, to, message);
    }

    static Route defaultRoute(String trigger) {
        DefaultMessage message = DefaultMessages.of(trigger).orElseThrow();
        return route(trigger, message.to(), Route.Message.NONE);
    }

    private static EmittedTrigger emitted(String trigger, Band band, Band previousBand, Integer score,
            Integer previousScore) {
        return new EmittedTrigger(CompanyId.of("acme"), YearMonth.of(2026, 10), trigger, band, previousBand, score,
                previousScore, "hash", Instant.parse("2026-11-01T06:00:00Z"));
    }
}
