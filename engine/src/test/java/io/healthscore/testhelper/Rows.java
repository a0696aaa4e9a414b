package io.healthscore.testhelper;

import io.healthscore.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Query results as sorted lines of {@code |}-separated values, to compare stores of either kind. */
public final class Rows {
    private Rows() {
    }

    public static List<String> of(Database database, String sql) {
        return database.inTransaction(handle -> {
            try (PreparedStatement query = handle.getConnection().prepareStatement(sql); ResultSet rows = query.executeQuery()) {
                List<String> lines = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int column = 1; column <= columns; column++) {
                        line.append(column > 1 ? "|" : "").append(rows.getString(column));
                    }
                    lines.add(line.toString());
                }
                lines.sort(null);
                return lines;
            }
        });
    }

    /** Every stored assessment: company, month, score, band, previous band. */
    public static List<String> assessments(Database database) {
        return of(database, "SELECT company_id, year_month, score, band, previous_band FROM assessments");
    }

    /** Every emitted trigger: company, month, name. */
    public static List<String> triggers(Database database) {
        return of(database, "SELECT company_id, year_month, name FROM triggers");
    }
}
