package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.BandScore;
import io.healthscore.company.CompanyId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/** The bands and scores stored for a month: what the month's runs decided, to compare a re-scoring with. */
public final class StoredBandsRepository {
    private static final String OF_MONTH = """
            SELECT company_id, band, score FROM assessments WHERE year_month = ?""";
    private static final int FETCH_SIZE = 5_000;

    private final Database database;

    public StoredBandsRepository(Database database) {
        this.database = database;
    }

    /** Every stored assessment of the month, by company; a company the month's runs did not score is absent. */
    public Map<CompanyId, BandScore> of(YearMonth month) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(OF_MONTH)) {
                query.setFetchSize(FETCH_SIZE);
                query.setString(1, month.toString());
                try (ResultSet rows = query.executeQuery()) {
                    Map<CompanyId, BandScore> stored = new HashMap<>();
                    while (rows.next()) {
                        stored.put(CompanyId.of(rows.getString("company_id")),
                                new BandScore(Band.valueOf(rows.getString("band")), Sql.getInteger(rows, "score")));
                    }
                    return stored;
                }
            }
        });
    }
}
