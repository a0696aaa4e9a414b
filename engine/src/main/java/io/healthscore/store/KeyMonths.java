package io.healthscore.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The months a table keyed by (year_month, company_id, ...) holds rows of, newest first, found by one key seek per
 * month rather than a scan of every row: a company's history is then a key lookup per month.
 */
final class KeyMonths {
    private KeyMonths() {
    }

    /** Every month of {@code table} before {@code before} (null: every month), newest first. */
    static List<String> descending(Handle handle, String table, String before) {
        String sql = "SELECT year_month FROM " + table + " WHERE year_month < :before ORDER BY year_month DESC LIMIT 1";
        List<String> months = new ArrayList<>();
        String cursor = before == null ? "9999-99" : before;
        while (true) {
            Optional<String> earlier = handle.createQuery(sql).bind("before", cursor).mapTo(String.class).findOne();
            if (earlier.isEmpty()) {
                return months;
            }
            cursor = earlier.get();
            months.add(cursor);
        }
    }
}
