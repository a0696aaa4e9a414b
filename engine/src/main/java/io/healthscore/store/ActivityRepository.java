package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.company.CompanyId;
import io.healthscore.manual.Activity;
import io.healthscore.manual.ActivitySource;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowViewMapper;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The activity log: every change of a company's effective band and every manual action. The activities a scoring
 * records (automatic, expiry) are replaced when the month is scored again, so a re-run does not log a change twice;
 * a churned company, which a run leaves out, keeps its own.
 */
public final class ActivityRepository {
    private static final String COLUMNS = """
            company_id, year_month, happened_at, source, author, note, band_from, band_to, score, automatic_band, triggers""";
    private static final String INSERT = "INSERT INTO activities (" + COLUMNS + ") VALUES (:company, :month, :at, :source,"
            + " :author, :note, :from, :to, :score, :automatic, :triggers)";
    private static final String FORGET_SCORED = """
            DELETE FROM activities WHERE year_month = :month AND company_id = :company AND source IN ('automatic', 'expiry')""";
    private static final String OF_COMPANY = "SELECT " + COLUMNS + " FROM activities WHERE company_id = :key"
            + " ORDER BY happened_at DESC, id DESC";
    private static final String MANUAL_OF_MONTH = "SELECT " + COLUMNS + " FROM activities WHERE year_month = :key"
            + " AND source NOT IN ('automatic', 'expiry') ORDER BY happened_at DESC, id DESC";
    private static final String SINCE = "SELECT " + COLUMNS + " FROM activities WHERE happened_at >= :since%s"
            + " ORDER BY happened_at DESC, id DESC LIMIT :limit";
    private static final String AUTOMATIC_SOURCES = "('automatic', 'expiry')";
    private static final RowViewMapper<Activity> ACTIVITY = new ActivityMapper();

    /**
     * Which activities {@link #since} reads: from {@code since} on, only manual ones ({@code manual} true), only
     * automatic and expiry ones (false) or both (null), only those into {@code band} and by {@code author} (any
     * case) unless null, at most {@code limit}.
     */
    public record Filter(Instant since, Boolean manual, EffectiveBand band, String author, int limit) {
        public Filter {
            Objects.requireNonNull(since, "since");
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
            }
        }
    }

    private final Database database;

    public ActivityRepository(Database database) {
        this.database = database;
    }

    /** The company's activities, newest first. */
    public List<Activity> of(CompanyId company) {
        return database.inTransaction(handle -> handle.createQuery(OF_COMPANY).bind("key", company).map(ACTIVITY).list());
    }

    /** The manual actions (override, clear, churn, reinstate) on the month's bands, newest first. */
    public List<Activity> manualOf(YearMonth month) {
        return database.inTransaction(handle -> handle.createQuery(MANUAL_OF_MONTH).bind("key", month).map(ACTIVITY).list());
    }

    /** Every band change and manual action from {@code filter.since()} on that the filter keeps, newest first. */
    public List<Activity> since(Filter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.manual() != null) {
            where.append(" AND source ").append(filter.manual() ? "NOT IN " : "IN ").append(AUTOMATIC_SOURCES);
        }
        if (filter.band() != null) {
            where.append(" AND band_to = :band");
        }
        if (filter.author() != null) {
            where.append(" AND LOWER(author) = LOWER(:author)");
        }
        return database.inTransaction(handle -> {
            Query query = handle.createQuery(SINCE.formatted(where)).bind("since", filter.since())
                    .bind("limit", filter.limit());
            if (filter.band() != null) {
                query.bind("band", filter.band().name());
            }
            if (filter.author() != null) {
                query.bind("author", filter.author());
            }
            return query.map(ACTIVITY).list();
        });
    }

    /**
     * Forgets the activities an earlier scoring of {@code month} recorded for the companies being scored again (one
     * key lookup each: a first scoring finds nothing).
     */
    static void forgetScored(Handle handle, YearMonth month, Collection<CompanyId> companies) {
        PreparedBatch delete = handle.prepareBatch(FORGET_SCORED);
        for (CompanyId company : companies) {
            delete.bind("month", month).bind("company", company).add();
        }
        delete.execute();
    }

    /** Stores the activities a scoring records. */
    static void insert(Handle handle, List<Activity> activities) {
        if (activities.isEmpty()) {
            return;
        }
        PreparedBatch insert = handle.prepareBatch(INSERT);
        for (Activity activity : activities) {
            bind(insert, activity).add();
        }
        insert.execute();
    }

    /** Stores one activity; returns its id. */
    static long insertOne(Handle handle, Activity activity) {
        return bind(handle.createUpdate(INSERT), activity).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static <S extends SqlStatement<S>> S bind(S insert, Activity activity) {
        return insert.bind("company", activity.company()).bind("month", activity.month()).bind("at", activity.at())
                .bind("source", activity.source().label()).bind("author", activity.author())
                .bind("note", activity.note()).bind("from", activity.from().name()).bind("to", activity.to().name())
                .bind("score", activity.score())
                .bind("automatic", activity.automaticBand() == null ? null : activity.automaticBand().name())
                .bind("triggers", String.join(",", activity.triggers()));
    }

    /** An activity from a row of {@link #COLUMNS}. */
    private static final class ActivityMapper implements RowViewMapper<Activity> {
        @Override
        public Activity map(RowView row) {
            String triggers = row.getColumn("triggers", String.class);
            return new Activity(row.getColumn("company_id", CompanyId.class), row.getColumn("year_month", YearMonth.class),
                    row.getColumn("happened_at", Instant.class),
                    ActivitySource.ofLabel(row.getColumn("source", String.class)), row.getColumn("author", String.class),
                    row.getColumn("note", String.class), row.getColumn("band_from", EffectiveBand.class),
                    row.getColumn("band_to", EffectiveBand.class), row.getColumn("score", Integer.class),
                    row.getColumn("automatic_band", Band.class),
                    triggers.isEmpty() ? List.of() : Arrays.asList(triggers.split(",")));
        }
    }
}
