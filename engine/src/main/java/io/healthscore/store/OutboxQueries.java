package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.company.CompanyRange;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.EmittedTrigger;
import io.healthscore.trigger.OutboxEntry;
import io.healthscore.trigger.OutboxFilter;
import io.healthscore.trigger.TriggerKey;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.mapper.RowViewMapper;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/** Reads the outbox: what is due for delivery, one trigger, or a filtered list, each with its company and drivers. */
public final class OutboxQueries {
    private static final String SELECT = """
            SELECT t.company_id, t.year_month, t.name, t.band, t.previous_band, t.score, t.previous_score,
                   t.rules_hash, t.emitted_at, t.status, t.attempts, t.next_attempt_at, t.channel, t.last_error,
                   t.delivered_at, t.replays, t.replayed_at, c.name AS company_name, c.owner, c.contact, c.segment,
                   a.login, a.adoption, a.nps, a.weeks, a.score_change,
                   m.source AS manual_source, m.author AS manual_author, m.note AS manual_note
            FROM triggers t JOIN companies c ON c.id = t.company_id
            LEFT JOIN assessments a ON a.company_id = t.company_id AND a.year_month = t.year_month
            LEFT JOIN activities m ON m.id = t.activity_id
            """;
    private static final String DUE = "t.status = 'pending' AND (t.next_attempt_at IS NULL OR t.next_attempt_at <= :now)"
            + " AND (t.lease_until IS NULL OR t.lease_until < :now)";
    private static final RowViewMapper<OutboxEntry> ENTRY = new EntryMapper();

    private final Database database;

    public OutboxQueries(Database database) {
        this.database = database;
    }

    /** Up to {@code limit} triggers due for delivery at {@code now}, oldest first. */
    public List<OutboxEntry> due(Instant now, int limit) {
        return query(SELECT + "WHERE " + DUE + " ORDER BY t.emitted_at, t.company_id, t.year_month, t.name", limit,
                query -> query.bind("now", now));
    }

    /** As {@link #due(Instant, int)}, for one month and range of companies (a shard's part of the outbox). */
    public List<OutboxEntry> due(YearMonth month, CompanyRange range, Instant now, int limit) {
        String sql = SELECT + "WHERE " + DUE + " AND t.year_month = :month"
                + database.dialect().inRange("t.company_id", range) + " ORDER BY t.company_id, t.name";
        return query(sql, limit, query -> Dialect.bind(query.bind("now", now).bind("month", month), range));
    }

    /** The triggers of {@code companies} in {@code month}, whatever their state. */
    public List<OutboxEntry> of(YearMonth month, Collection<CompanyId> companies) {
        if (companies.isEmpty()) {
            return List.of();
        }
        return query(SELECT + "WHERE t.year_month = :month AND t.company_id IN (<companies>)", Integer.MAX_VALUE,
                query -> query.bind("month", month).bindList("companies", List.copyOf(companies)));
    }

    public Optional<OutboxEntry> find(TriggerKey key) {
        return query(SELECT + "WHERE t.company_id = :company AND t.year_month = :month AND t.name = :name", 1,
                query -> bindKey(query, key)).stream().findFirst();
    }

    /** Entries matching {@code filter}, newest month first, then by company and name. */
    public List<OutboxEntry> list(OutboxFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT).append("WHERE 1 = 1").append(conditions(filter, "t."));
        List<String> months;
        if (filter.company() != null && filter.month() == null) {
            // one key seek per month: the key leads with the month, and no index leads with the company
            months = database.inTransaction(handle -> KeyMonths.descending(handle, "triggers", null));
            if (months.isEmpty()) {
                return List.of();
            }
            sql.append(" AND t.year_month IN (<months>)");
        } else {
            months = null;
        }
        sql.append(" ORDER BY t.year_month DESC, t.company_id, t.name");
        return query(sql.toString(), filter.limit(), query -> {
            bindConditions(query, filter);
            return months == null ? query : query.bindList("months", months);
        });
    }

    /** The conditions of {@code filter} ({@code prefix}: of the triggers table's alias), each set field one. */
    static String conditions(OutboxFilter filter, String prefix) {
        return (filter.status() == null ? "" : " AND " + prefix + "status = :status")
                + (filter.company() == null ? "" : " AND " + prefix + "company_id = :company")
                + (filter.month() == null ? "" : " AND " + prefix + "year_month = :month");
    }

    /** Binds the values of {@link #conditions}. */
    static <S extends SqlStatement<S>> S bindConditions(S statement, OutboxFilter filter) {
        if (filter.status() != null) {
            statement.bind("status", filter.status());
        }
        if (filter.company() != null) {
            statement.bind("company", filter.company());
        }
        if (filter.month() != null) {
            statement.bind("month", filter.month());
        }
        return statement;
    }

    /** Binds a trigger's key as {@code :company}, {@code :month} and {@code :name}. */
    static <S extends SqlStatement<S>> S bindKey(S statement, TriggerKey key) {
        return statement.bind("company", key.company()).bind("month", key.month()).bind("name", key.name());
    }

    private List<OutboxEntry> query(String sql, int limit, UnaryOperator<Query> parameters) {
        return database.inTransaction(handle -> {
            Query query = parameters.apply(handle.createQuery(sql));
            if (limit != Integer.MAX_VALUE) {
                query.setMaxRows(limit);
            }
            return query.map(ENTRY).list();
        });
    }

    /** An outbox entry from a row of {@link #SELECT}. */
    private static final class EntryMapper implements RowViewMapper<OutboxEntry> {
        private static final CompanyMapper COMPANY = new CompanyMapper();
        private static final DriversMapper DRIVERS = new DriversMapper();

        @Override
        public OutboxEntry map(RowView row) {
            String source = row.getColumn("manual_source", String.class);
            EmittedTrigger.Manual manual = source == null ? null : new EmittedTrigger.Manual(source,
                    row.getColumn("manual_author", String.class), row.getColumn("manual_note", String.class));
            EmittedTrigger trigger = new EmittedTrigger(row.getColumn("company_id", CompanyId.class),
                    row.getColumn("year_month", YearMonth.class), row.getColumn("name", String.class),
                    row.getColumn("band", Band.class), row.getColumn("previous_band", Band.class),
                    row.getColumn("score", Integer.class), row.getColumn("previous_score", Integer.class),
                    row.getColumn("rules_hash", String.class), row.getColumn("emitted_at", Instant.class), manual);
            Company company = row.getRow(COMPANY);
            Drivers drivers = row.getRow(DRIVERS);
            return new OutboxEntry(trigger, company, drivers, row.getColumn("status", DeliveryStatus.class),
                    row.getColumn("attempts", Integer.class), row.getColumn("next_attempt_at", Instant.class),
                    row.getColumn("channel", String.class), row.getColumn("last_error", String.class),
                    row.getColumn("delivered_at", Instant.class), row.getColumn("replays", Integer.class),
                    row.getColumn("replayed_at", Instant.class));
        }
    }
}
