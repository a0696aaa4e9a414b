package io.healthscore.trigger;

import io.healthscore.company.CompanyId;
import java.time.YearMonth;

/** Which outbox entries to list or re-queue; a null field does not filter. */
public record OutboxFilter(DeliveryStatus status, CompanyId company, YearMonth month, int limit) {
    public OutboxFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
    }
}
