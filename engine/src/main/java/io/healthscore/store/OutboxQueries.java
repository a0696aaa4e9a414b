package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.company.CompanyRange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import io.healthscore.trigger.TriggerKey;
import io.healthscore.trigger.EmittedTrigger;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxEntry;
import io.healthscore.trigger.OutboxFilter;

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
    static final String DUE = "t.status = 'pending' AND (t.next_attempt_at IS NULL OR t.next_attempt_at <= ?)"
            + " AND (t.lease_until IS NULL OR t.lease_until < ?)";

    private final Database database;

    public OutboxQueries(Database database) {
        this.database = database;
    }

    /** Up to {@code limit} triggers due for delivery at {@code now}, oldest first. */
    public List<OutboxEntry> due(Instant now, int limit) {
        return query(SELECT + "WHERE " + DUE + " ORDER BY t.emitted_at, t.company_id, t.year_month, t.name", limit,
                statement -> {
                    Sql.setInstant(statement, 1, now);
                    Sql.setInstant(statement, 2, now);
                });
    }

    /** As {@link #due(Instant, int)}, for one month and range of companies (a shard's part of the outbox). */
    public List<OutboxEntry> due(YearMonth month, CompanyRange range, Instant now, int limit) {
        String sql = SELECT + "WHERE " + DUE + " AND t.year_month = ?"
                + database.dialect().inRange("t.company_id", range) + " ORDER BY t.company_id, t.name";
        return query(sql, limit, statement -> {
            Sql.setInstant(statement, 1, now);
            Sql.setInstant(statement, 2, now);
            statement.setString(3, month.toString());
            Dialect.bind(statement, 4, range);
        });
    }

    /** The triggers of {@code companies} in {@code month}, whatever their state. */
    public List<OutboxEntry> of(YearMonth month, Collection<CompanyId> companies) {
        if (companies.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(companies.size(), "?"));
        return query(SELECT + "WHERE t.year_month = ? AND t.company_id IN (" + marks + ")", Integer.MAX_VALUE,
                statement -> {
                    statement.setString(1, month.toString());
                    int index = 2;
                    for (CompanyId company : companies) {
                        statement.setString(index++, company.value());
                    }
                });
    }

    public Optional<OutboxEntry> find(TriggerKey key) {
        return query(SELECT + "WHERE t.company_id = ? AND t.year_month = ? AND t.name = ?", 1, statement -> {
            statement.setString(1, key.company().value());
            statement.setString(2, key.month().toString());
            statement.setString(3, key.name());
        }).stream().findFirst();
    }

    /** Entries matching {@code filter}, newest month first, then by company and name. */
    public List<OutboxEntry> list(OutboxFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT).append("WHERE 1 = 1");
        List<String> values = new ArrayList<>();
        OutboxConditions.append(filter, "t.", sql, values);
        if (filter.company() != null && filter.month() == null) {
            // one key seek per month: the key leads with the month, and no index leads with the company
            List<String> months = database.inTransaction(connection -> KeyMonths.descending(connection, "triggers", null));
            if (months.isEmpty()) {
                return List.of();
            }
            sql.append(" AND t.year_month IN (").append(Sql.marks(months)).append(')');
            values.addAll(months);
        }
        sql.append(" ORDER BY t.year_month DESC, t.company_id, t.name");
        return query(sql.toString(), filter.limit(), statement -> {
            for (int index = 0; index < values.size(); index++) {
                statement.setString(index + 1, values.get(index));
            }
        });
    }

    private List<OutboxEntry> query(String sql, int limit, Sql.Parameters parameters) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                parameters.set(query);
                if (limit != Integer.MAX_VALUE) {
                    query.setMaxRows(limit);
                }
                try (ResultSet row = query.executeQuery()) {
                    List<OutboxEntry> entries = new ArrayList<>();
                    while (row.next()) {
                        entries.add(read(row));
                    }
                    return entries;
                }
            }
        });
    }

    private static EmittedTrigger.Manual manual(ResultSet row) throws SQLException {
        String source = row.getString("manual_source");
        return source == null ? null
                : new EmittedTrigger.Manual(source, row.getString("manual_author"), row.getString("manual_note"));
    }

    private static OutboxEntry read(ResultSet row) throws SQLException {
        CompanyId company = CompanyId.of(row.getString("company_id"));
        EmittedTrigger trigger = new EmittedTrigger(company, YearMonth.parse(row.getString("year_month")),
                row.getString("name"), Band.valueOf(row.getString("band")),
                Band.valueOf(row.getString("previous_band")), Sql.getInteger(row, "score"),
                Sql.getInteger(row, "previous_score"), row.getString("rules_hash"), Sql.getInstant(row, "emitted_at"),
                manual(row));
        Company details = new Company(company, row.getString("company_name"), row.getString("owner"),
                row.getString("contact"), row.getString("segment"));
        Integer weeks = Sql.getInteger(row, "weeks");
        Drivers drivers = weeks == null ? Drivers.NO_DATA : new Drivers(Sql.getDecimal(row, "login"),
                Sql.getDecimal(row, "adoption"), Sql.getDecimal(row, "nps"), weeks, Sql.getInteger(row, "score_change"));
        return new OutboxEntry(trigger, details, drivers, DeliveryStatus.parse(row.getString("status")),
                row.getInt("attempts"), Sql.getInstant(row, "next_attempt_at"), row.getString("channel"),
                row.getString("last_error"), Sql.getInstant(row, "delivered_at"), row.getInt("replays"),
                Sql.getInstant(row, "replayed_at"));
    }
}
