package io.healthscore.store;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Which months have weekly data. */
public final class MonthsRepository {
    private final Database database;

    public MonthsRepository(Database database) {
        this.database = database;
    }

    public List<YearMonth> monthsWithData() {
        List<YearMonth> months = new ArrayList<>(database.inTransaction(
                handle -> KeyMonths.descending(handle, "metrics", null)).stream().map(YearMonth::parse).toList());
        Collections.reverse(months);
        return months;
    }
}
