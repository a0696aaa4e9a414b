package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.Pin;
import io.healthscore.assessment.Previous;
import io.healthscore.assessment.Standing;
import io.healthscore.company.CompanyId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.healthscore.trigger.DeliveryStatus;

/** Reads stored assessments back with everything recorded about how they came about. */
public final class ExplanationRepository {
    private static final String SELECT = """
            SELECT year_month, score, mean, band, previous_band, previous_score, weeks, login, adoption, nps, score_change,
                   fired_rules, rules_hash, assessed_at, explanation, effective_band, override_id
            FROM assessments""";
    private static final String ASSESSMENT = SELECT + " WHERE company_id = ? AND year_month = ?";
    private static final String TRIGGERS = """
            SELECT name, rules_hash, emitted_at, delivered_at, status, channel, last_error FROM triggers
            WHERE company_id = ? AND year_month = ? ORDER BY emitted_at, name""";

    private final Database database;

    public ExplanationRepository(Database database) {
        this.database = database;
    }

    public Optional<StoredAssessment> find(CompanyId company, YearMonth month) {
        return database.inTransaction(connection -> find(connection, company, month));
    }

    private static Optional<StoredAssessment> find(Connection connection, CompanyId company, YearMonth month)
            throws SQLException {
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
    }

    /**
     * Every assessment of the company, newest month first, each with the triggers stored for its month: one key
     * lookup per month the store has scored (the keys lead with the month; no index leads with the company).
     */
    public List<StoredAssessment> history(CompanyId company) {
        return database.inTransaction(connection -> {
            List<StoredAssessment> found = new ArrayList<>();
            for (String month : KeyMonths.descending(connection, "assessments", null)) {
                find(connection, company, YearMonth.parse(month)).ifPresent(found::add);
            }
            return found;
        });
    }

    /** The company's assessment of its latest scored month. */
    public Optional<StoredAssessment> latest(CompanyId company) {
        return database.inTransaction(connection -> {
            for (String month : KeyMonths.descending(connection, "assessments", null)) {
                Optional<StoredAssessment> found = find(connection, company, YearMonth.parse(month));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        });
    }

    private static Assessment assessment(CompanyId company, YearMonth month, ResultSet row) throws SQLException {
        Previous previous = new Previous(Band.valueOf(row.getString("previous_band")), Sql.getInteger(row, "previous_score"));
        Drivers drivers = new Drivers(Sql.getDecimal(row, "login"), Sql.getDecimal(row, "adoption"),
                Sql.getDecimal(row, "nps"), row.getInt("weeks"), Sql.getInteger(row, "score_change"));
        List<String> firedRules = FiredRules.decode(row.getString("fired_rules"));
        Band effective = Band.valueOf(row.getString("effective_band"));
        Long overrideId = Sql.getLong(row, "override_id");
        Standing standing = new Standing(effective, overrideId == null ? null : new Pin(overrideId, effective), null);
        return new Assessment(company, month, Sql.getInteger(row, "score"), Sql.getDecimal(row, "mean"),
                Band.valueOf(row.getString("band")), previous, drivers, List.of(), firedRules,
                row.getString("rules_hash"), ExplanationJson.read(row.getString("explanation")), standing);
    }

    private static StoredAssessment.StoredTrigger trigger(ResultSet row) throws SQLException {
        return new StoredAssessment.StoredTrigger(row.getString("name"), row.getString("rules_hash"),
                Sql.getInstant(row, "emitted_at"), Sql.getInstant(row, "delivered_at"),
                DeliveryStatus.parse(row.getString("status")), row.getString("channel"), row.getString("last_error"));
    }

    private static List<StoredAssessment.StoredTrigger> triggers(Connection connection, CompanyId company,
            YearMonth month) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(TRIGGERS)) {
            query.setString(1, company.value());
            query.setString(2, month.toString());
            try (ResultSet row = query.executeQuery()) {
                List<StoredAssessment.StoredTrigger> triggers = new ArrayList<>();
                while (row.next()) {
                    triggers.add(trigger(row));
                }
                return triggers;
            }
        }
    }
}
