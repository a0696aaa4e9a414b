package io.healthscore.store;

import java.util.List;
import io.healthscore.trigger.OutboxFilter;

/** The WHERE conditions of an {@link OutboxFilter}, with their values in order. */
final class OutboxConditions {
    private OutboxConditions() {
    }

    static void append(OutboxFilter filter, String prefix, StringBuilder sql, List<String> values) {
        if (filter.status() != null) {
            sql.append(" AND ").append(prefix).append("status = ?");
            values.add(filter.status().code());
        }
        if (filter.company() != null) {
            sql.append(" AND ").append(prefix).append("company_id = ?");
            values.add(filter.company().value());
        }
        if (filter.month() != null) {
            sql.append(" AND ").append(prefix).append("year_month = ?");
            values.add(filter.month().toString());
        }
    }
}
