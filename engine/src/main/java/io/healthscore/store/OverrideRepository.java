package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Pin;
import io.healthscore.company.CompanyId;
import io.healthscore.manual.BandOverride;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowViewMapper;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.PreparedBatch;

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
            WHERE from_month <= :month AND until_month >= :month AND (ended_how IS NULL OR ended_how = 'expired')
            ORDER BY id""";
    private static final String ACTIVE = "SELECT " + COLUMNS + " FROM overrides WHERE company_id = :company"
            + " AND ended_at IS NULL ORDER BY id DESC";
    private static final String OF_COMPANY = "SELECT " + COLUMNS + " FROM overrides WHERE company_id = :company ORDER BY id DESC";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM overrides WHERE id = :id";
    private static final String INSERT = """
            INSERT INTO overrides (company_id, band, from_month, until_month, note, author, set_at)
            VALUES (:company, :band, :from, :until, :note, :author, :at)""";
    private static final String END = "UPDATE overrides SET ended_at = :at, ended_how = :how WHERE id = :id AND ended_at IS NULL";
    private static final RowViewMapper<BandOverride> OVERRIDE = new OverrideMapper();

    private final Database database;

    public OverrideRepository(Database database) {
        this.database = database;
    }

    /** The overrides that pin the month's band, by company id (a newer one wins, though only one should hold). */
    static Map<String, Pin> covering(Handle handle, YearMonth month) {
        Map<String, Pin> pins = new HashMap<>();
        handle.createQuery(COVERING).bind("month", month)
                .map(row -> Map.entry(row.getColumn("company_id", String.class),
                        new Pin(row.getColumn("id", Long.class), row.getColumn("band", Band.class))))
                .forEach(pin -> pins.put(pin.getKey(), pin.getValue()));
        return pins;
    }

    /** The override that holds for the company now (not cleared, replaced or expired). */
    public Optional<BandOverride> active(CompanyId company) {
        return database.inTransaction(handle -> active(handle, company));
    }

    static Optional<BandOverride> active(Handle handle, CompanyId company) {
        return handle.createQuery(ACTIVE).bind("company", company).map(OVERRIDE).findFirst();
    }

    /** Every override the company had, newest first. */
    public List<BandOverride> of(CompanyId company) {
        return database.inTransaction(handle -> handle.createQuery(OF_COMPANY).bind("company", company).map(OVERRIDE).list());
    }

    public Optional<BandOverride> find(long id) {
        return database.inTransaction(handle -> byId(handle, id));
    }

    static Optional<BandOverride> byId(Handle handle, long id) {
        return handle.createQuery(BY_ID).bind("id", id).map(OVERRIDE).findOne();
    }

    /** Stores a new override; returns it with its id. */
    static BandOverride insert(Handle handle, BandOverride override) {
        long id = handle.createUpdate(INSERT).bind("company", override.company()).bind("band", override.band().name())
                .bind("from", override.from()).bind("until", override.until()).bind("note", override.note())
                .bind("author", override.author()).bind("at", override.setAt())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new BandOverride(id, override.company(), override.band(), override.from(), override.until(),
                override.note(), override.author(), override.setAt(), null, null);
    }

    /** Ends the overrides that still hold ({@code how}: cleared, replaced or expired); returns how many it ended. */
    static int end(Handle handle, Collection<Long> ids, Instant at, String how) {
        if (ids.isEmpty()) {
            return 0;
        }
        PreparedBatch end = handle.prepareBatch(END);
        for (Long id : ids) {
            end.bind("at", at).bind("how", how).bind("id", id).add();
        }
        int ended = 0;
        for (int count : end.execute()) {
            ended += Math.max(count, 0);
        }
        return ended;
    }

    /** An override from a row of {@link #COLUMNS}. */
    private static final class OverrideMapper implements RowViewMapper<BandOverride> {
        @Override
        public BandOverride map(RowView row) {
            return new BandOverride(row.getColumn("id", Long.class), row.getColumn("company_id", CompanyId.class),
                    row.getColumn("band", Band.class), row.getColumn("from_month", YearMonth.class),
                    row.getColumn("until_month", YearMonth.class), row.getColumn("note", String.class),
                    row.getColumn("author", String.class), row.getColumn("set_at", Instant.class),
                    row.getColumn("ended_at", Instant.class), row.getColumn("ended_how", String.class));
        }
    }
}
