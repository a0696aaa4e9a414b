package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one stored assessment back with everything recorded about how it came about. */
public final class ExplanationRepository {
    private static final String ASSESSMENT = """
            SELECT score, mean, band, previous_band, previous_score, weeks, login, adoption, nps, score_change,
                   fired_rules, rules_hash, assessed_at, explanation
            FROM assessments WHERE company_id = ? AND year_month = ?""";
    private static final String TRIGGERS = """
            SELECT name, rules_hash, emitted_at, delivered_at, status, channel, last_error FROM triggers
            WHERE company_id = ? AND year_month = ? ORDER BY emitted_at, name""";

    private final Database database;

    public ExplanationRepository(Database database) {
        this.database = database;
    }

    public Optional<StoredAssessment> find(CompanyId company, YearMonth month) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(ASSESSMENT)) {
                query.setString(1, company.value());
                query.setString(2, month.toString());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredAssessment(assessment(company, month, row),
                            Sql.getInstant(row, "assessed_at"), triggers(connection, company, month)));
                }
            }
        });
    }

    private static Assessment assessment(CompanyId company, YearMonth month, ResultSet row) throws SQLException {
        Previous previous = new Previous(Band.valueOf(row.getString("previous_band")), Sql.getInteger(row, "previous_score"));
        Drivers drivers = new Drivers(Sql.getDecimal(row, "login"), Sql.getDecimal(row, "adoption"),
                Sql.getDecimal(row, "nps"), row.getInt("weeks"), Sql.getInteger(row, "score_change"));
        List<String> firedRules = FiredRules.decode(row.getString("fired_rules"));
        return new Assessment(company, month, Sql.getInteger(row, "score"), Sql.getDecimal(row, "mean"),
                Band.valueOf(row.getString("band")), previous, drivers, List.of(), firedRules,
                row.getString("rules_hash"), ExplanationJson.read(row.getString("explanation")));
    }

    private static List<StoredAssessment.StoredTrigger> triggers(Connection connection, CompanyId company,
            YearMonth month) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(TRIGGERS)) {
            query.setString(1, company.value());
            query.setString(2, month.toString());
            try (ResultSet row = query.executeQuery()) {
                List<StoredAssessment.StoredTrigger> triggers = new ArrayList<>();
                while (row.next()) {
                    triggers.add(new StoredAssessment.StoredTrigger(row.getString("name"), row.getString("rules_hash"),
                            Sql.getInstant(row, "emitted_at"), Sql.getInstant(row, "delivered_at"),
                            DeliveryStatus.parse(row.getString("status")), row.getString("channel"),
                            row.getString("last_error")));
                }
                return triggers;
            }
        }
    }
}
