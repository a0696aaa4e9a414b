package io.healthscore.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Which months have weekly data. */
public final class MonthsRepository {
    private static final String MONTHS = "SELECT DISTINCT year_month FROM weekly_metrics ORDER BY year_month";

    private final Database database;

    public MonthsRepository(Database database) {
        this.database = database;
    }

    public List<YearMonth> monthsWithData() {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(MONTHS); ResultSet rows = query.executeQuery()) {
                List<YearMonth> months = new ArrayList<>();
                while (rows.next()) {
                    months.add(YearMonth.parse(rows.getString(1)));
                }
                return months;
            }
        });
    }
}
