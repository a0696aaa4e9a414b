package io.healthscore.trigger;

import io.healthscore.company.CompanyId;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** What identifies a trigger: company, month and name; written as its event id {@code company/month/name}. */
public record TriggerKey(CompanyId company, YearMonth month, String name) {
    public TriggerKey {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(name, "name");
    }

    /** Parses an event id as {@code triggers} lists it; throws naming what is accepted. */
    public static TriggerKey parse(String id) {
        String[] parts = id.split("/", 3);
        String accepted = "; accepted: COMPANY/YYYY-MM/TRIGGER as `healthscore triggers` lists it, e.g. acme/2026-10/outreach-email";
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw new IllegalArgumentException("'" + id + "' is not an event id" + accepted);
        }
        try {
            return new TriggerKey(CompanyId.of(parts[0]), YearMonth.parse(parts[1]), parts[2]);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + id + "' is not an event id" + accepted);
        }
    }

    public String id() {
        return company + "/" + month + "/" + name;
    }

    @Override
    public String toString() {
        return id();
    }
}
