package io.healthscore.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a table keyed by (year_month, company_id, ...) holds rows of, newest first, found by one key seek per
 * month rather than a scan of every row: a company's history is then a key lookup per month.
 */
final class KeyMonths {
    private KeyMonths() {
    }

    /** Every month of {@code table} before {@code before} (null: every month), newest first. */
    static List<String> descending(Connection connection, String table, String before) throws SQLException {
        List<String> months = new ArrayList<>();
        try (PreparedStatement previous = connection.prepareStatement("SELECT year_month FROM " + table
                + " WHERE year_month < ? ORDER BY year_month DESC LIMIT 1")) {
            String cursor = before == null ? "9999-99" : before;
            while (true) {
                previous.setString(1, cursor);
                try (ResultSet row = previous.executeQuery()) {
                    if (!row.next()) {
                        return months;
                    }
                    cursor = row.getString(1);
                }
                months.add(cursor);
            }
        }
    }
}
