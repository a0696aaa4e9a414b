package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Pin;
import io.healthscore.company.CompanyId;
import io.healthscore.manual.BandOverride;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Overrides: bands CSMs pinned by hand. An override covers its months while it holds, and still after it expired
 * (re-scoring one of its months keeps its band); one cleared or replaced covers nothing any more.
 */
public final class OverrideRepository {
    public static final String CLEARED = "cleared";
    public static final String REPLACED = "replaced";
    public static final String EXPIRED = "expired";
    public static final String CHURNED = "churned";

    private static final String COLUMNS = "id, company_id, band, from_month, until_month, note, author, set_at, ended_at, ended_how";
    private static final String COVERING = """
            SELECT id, company_id, band FROM overrides
            WHERE from_month <= ? AND until_month >= ? AND (ended_how IS NULL OR ended_how = 'expired')
            ORDER BY id""";
    private static final String ACTIVE = "SELECT " + COLUMNS + " FROM overrides WHERE company_id = ? AND ended_at IS NULL"
            + " ORDER BY id DESC";
    private static final String OF_COMPANY = "SELECT " + COLUMNS + " FROM overrides WHERE company_id = ? ORDER BY id DESC";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM overrides WHERE id = ?";
    private static final String INSERT = """
            INSERT INTO overrides (company_id, band, from_month, until_month, note, author, set_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String END = "UPDATE overrides SET ended_at = ?, ended_how = ? WHERE id = ? AND ended_at IS NULL";

    private final Database database;

    public OverrideRepository(Database database) {
        this.database = database;
    }

    /** The overrides that pin the month's band, by company id (a newer one wins, though only one should hold). */
    static Map<String, Pin> covering(Connection connection, YearMonth month) throws SQLException {
        Map<String, Pin> pins = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(COVERING)) {
            query.setString(1, month.toString());
            query.setString(2, month.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pins.put(rows.getString("company_id"), new Pin(rows.getLong("id"), Band.valueOf(rows.getString("band"))));
                }
            }
        }
        return pins;
    }

    /** The override that holds for the company now (not cleared, replaced or expired). */
    public Optional<BandOverride> active(CompanyId company) {
        return database.inTransaction(connection -> active(connection, company));
    }

    Optional<BandOverride> active(Connection connection, CompanyId company) throws SQLException {
        List<BandOverride> found = query(connection, ACTIVE, company.value());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every override the company had, newest first. */
    public List<BandOverride> of(CompanyId company) {
        return database.inTransaction(connection -> query(connection, OF_COMPANY, company.value()));
    }

    public Optional<BandOverride> find(long id) {
        return database.inTransaction(connection -> byId(connection, id));
    }

    static Optional<BandOverride> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(BY_ID)) {
            query.setLong(1, id);
            return read(query).stream().findFirst();
        }
    }

    /** Stores a new override; returns it with its id. */
    BandOverride insert(Connection connection, BandOverride override) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, override.company().value());
            insert.setString(2, override.band().name());
            insert.setString(3, override.from().toString());
            insert.setString(4, override.until().toString());
            insert.setString(5, override.note());
            insert.setString(6, override.author());
            Sql.setInstant(insert, 7, override.setAt());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new BandOverride(keys.getLong(1), override.company(), override.band(), override.from(),
                        override.until(), override.note(), override.author(), override.setAt(), null, null);
            }
        }
    }

    /** Ends the overrides that still hold ({@code how}: cleared, replaced or expired); returns how many it ended. */
    static int end(Connection connection, Collection<Long> ids, Instant at, String how) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement end = connection.prepareStatement(END)) {
            for (Long id : ids) {
                Sql.setInstant(end, 1, at);
                end.setString(2, how);
                end.setLong(3, id);
                end.addBatch();
            }
            int ended = 0;
            for (int count : end.executeBatch()) {
                ended += Math.max(count, 0);
            }
            return ended;
        }
    }

    private static List<BandOverride> query(Connection connection, String sql, String company) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, company);
            return read(query);
        }
    }

    private static List<BandOverride> read(PreparedStatement query) throws SQLException {
        List<BandOverride> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(new BandOverride(rows.getLong("id"), CompanyId.of(rows.getString("company_id")),
                        Band.valueOf(rows.getString("band")), YearMonth.parse(rows.getString("from_month")),
                        YearMonth.parse(rows.getString("until_month")), rows.getString("note"), rows.getString("author"),
                        Sql.getInstant(rows, "set_at"), Sql.getInstant(rows, "ended_at"), rows.getString("ended_how")));
            }
        }
        return found;
    }
}
