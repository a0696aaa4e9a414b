package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.BandScore;
import io.healthscore.company.CompanyId;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/** The bands and scores stored for a month: what the month's runs decided, to compare a re-scoring with. */
public final class StoredBandsRepository {
    private static final String OF_MONTH = """
            SELECT company_id, band, score FROM assessments WHERE year_month = :month""";
    private static final int FETCH_SIZE = 5_000;

    private final Database database;

    public StoredBandsRepository(Database database) {
        this.database = database;
    }

    /** Every stored assessment of the month, by company; a company the month's runs did not score is absent. */
    public Map<CompanyId, BandScore> of(YearMonth month) {
        return database.inTransaction(handle -> {
            Map<CompanyId, BandScore> stored = new HashMap<>();
            handle.createQuery(OF_MONTH).bind("month", month).setFetchSize(FETCH_SIZE)
                    .map(row -> Map.entry(row.getColumn("company_id", CompanyId.class),
                            new BandScore(row.getColumn("band", Band.class), row.getColumn("score", Integer.class))))
                    .forEach(band -> stored.put(band.getKey(), band.getValue()));
            return stored;
        });
    }
}
