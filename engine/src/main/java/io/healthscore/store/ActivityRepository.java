package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.company.CompanyId;
import io.healthscore.manual.Activity;
import io.healthscore.manual.ActivitySource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The activity log: every change of a company's effective band and every manual action. The activities a scoring
 * records (automatic, expiry) are replaced when the month is scored again, so a re-run does not log a change twice;
 * a churned company, which a run leaves out, keeps its own.
 */
public final class ActivityRepository {
    private static final String COLUMNS = """
            company_id, year_month, happened_at, source, author, note, band_from, band_to, score, automatic_band, triggers""";
    private static final String INSERT = "INSERT INTO activities (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FORGET_SCORED = """
            DELETE FROM activities WHERE year_month = ? AND company_id = ? AND source IN ('automatic', 'expiry')""";
    private static final String OF_COMPANY = "SELECT " + COLUMNS + " FROM activities WHERE company_id = ?"
            + " ORDER BY happened_at DESC, id DESC";
    private static final String MANUAL_OF_MONTH = "SELECT " + COLUMNS + " FROM activities WHERE year_month = ?"
            + " AND source NOT IN ('automatic', 'expiry') ORDER BY happened_at DESC, id DESC";

    private final Database database;

    public ActivityRepository(Database database) {
        this.database = database;
    }

    /** The company's activities, newest first. */
    public List<Activity> of(CompanyId company) {
        return database.inTransaction(connection -> query(connection, OF_COMPANY, company.value()));
    }

    /** The manual actions (override, clear, churn, reinstate) on the month's bands, newest first. */
    public List<Activity> manualOf(YearMonth month) {
        return database.inTransaction(connection -> query(connection, MANUAL_OF_MONTH, month.toString()));
    }

    /**
     * Forgets the activities an earlier scoring of {@code month} recorded for the companies being scored again (one
     * key lookup each: a first scoring finds nothing).
     */
    static void forgetScored(Connection connection, YearMonth month, Collection<CompanyId> companies) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(FORGET_SCORED)) {
            for (CompanyId company : companies) {
                delete.setString(1, month.toString());
                delete.setString(2, company.value());
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** Stores the activities a scoring records. */
    static void insert(Connection connection, List<Activity> activities) throws SQLException {
        if (activities.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Activity activity : activities) {
                bind(insert, activity);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Stores one activity; returns its id. */
    static long insertOne(Connection connection, Activity activity) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, activity);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement insert, Activity activity) throws SQLException {
        insert.setString(1, activity.company().value());
        insert.setString(2, activity.month().toString());
        Sql.setInstant(insert, 3, activity.at());
        insert.setString(4, activity.source().label());
        insert.setString(5, activity.author());
        insert.setString(6, activity.note());
        insert.setString(7, activity.from().name());
        insert.setString(8, activity.to().name());
        Sql.setInteger(insert, 9, activity.score());
        Sql.setString(insert, 10, activity.automaticBand() == null ? null : activity.automaticBand().name());
        insert.setString(11, String.join(",", activity.triggers()));
    }

    private static List<Activity> query(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, key);
            List<Activity> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
            return found;
        }
    }

    private static Activity read(ResultSet rows) throws SQLException {
        String automatic = rows.getString("automatic_band");
        String triggers = rows.getString("triggers");
        return new Activity(CompanyId.of(rows.getString("company_id")), YearMonth.parse(rows.getString("year_month")),
                Sql.getInstant(rows, "happened_at"), ActivitySource.ofLabel(rows.getString("source")),
                rows.getString("author"), rows.getString("note"), EffectiveBand.valueOf(rows.getString("band_from")),
                EffectiveBand.valueOf(rows.getString("band_to")), Sql.getInteger(rows, "score"),
                automatic == null ? null : Band.valueOf(automatic),
                triggers.isEmpty() ? List.of() : Arrays.asList(triggers.split(",")));
    }
}
