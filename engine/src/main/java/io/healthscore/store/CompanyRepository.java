package io.healthscore.store;

import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.company.CompanyRange;
import io.healthscore.manual.Churn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Known companies: every company seen in metrics or named in a companies file. */
public final class CompanyRepository {
    private static final String INSERT_IF_ABSENT = """
            INSERT INTO companies (id, first_seen) VALUES (?, ?) ON CONFLICT (id) DO NOTHING
            """;
    private static final String UPDATE_DETAILS = """
            UPDATE companies SET name = ?, owner = ?, contact = ?, segment = ? WHERE id = ?
            """;
    private static final String FIND = """
            SELECT id, name, owner, contact, segment FROM companies WHERE id = ?
            """;
    private static final String COUNT = "SELECT COUNT(*) FROM companies WHERE churned_at IS NULL";
    private static final String IDS = "SELECT id FROM companies WHERE churned_at IS NULL ORDER BY %s";
    private static final String CHURN = "SELECT churned_at, churned_month FROM companies WHERE id = ? AND churned_at IS NOT NULL";

    private final Database database;

    public CompanyRepository(Database database) {
        this.database = database;
    }

    /** Makes the companies known, leaving any already known as they are. */
    void ensureKnown(Connection connection, Collection<CompanyId> ids, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
            for (CompanyId id : ids) {
                insert.setString(1, id.value());
                Sql.setInstant(insert, 2, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public void saveDetails(Collection<Company> companies, Instant now) {
        database.inTransaction(connection -> {
            ensureKnown(connection, companies.stream().map(Company::id).toList(), now);
            try (PreparedStatement update = connection.prepareStatement(UPDATE_DETAILS)) {
                for (Company company : companies) {
                    Sql.setString(update, 1, company.name());
                    Sql.setString(update, 2, company.owner());
                    Sql.setString(update, 3, company.contact());
                    Sql.setString(update, 4, company.segment());
                    update.setString(5, company.id().value());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    public Optional<Company> find(CompanyId id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, id.value());
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Company(id, row.getString("name"), row.getString("owner"),
                            row.getString("contact"), row.getString("segment")));
                }
            }
        });
    }

    /** What the companies file says about each of {@code ids} that is known, by id. */
    public Map<CompanyId, Company> find(Collection<CompanyId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT id, name, owner, contact, segment FROM companies WHERE id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        return database.inTransaction(connection -> {
            try (PreparedStatement find = connection.prepareStatement(sql)) {
                int index = 1;
                for (CompanyId id : ids) {
                    find.setString(index++, id.value());
                }
                Map<CompanyId, Company> found = new HashMap<>();
                try (ResultSet row = find.executeQuery()) {
                    while (row.next()) {
                        CompanyId id = CompanyId.of(row.getString("id"));
                        found.put(id, new Company(id, row.getString("name"), row.getString("owner"),
                                row.getString("contact"), row.getString("segment")));
                    }
                }
                return found;
            }
        });
    }

    /** When the company was marked churned, and from which month it is shown so; empty while it is a customer. */
    public Optional<Churn> churn(CompanyId id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(CHURN)) {
                query.setString(1, id.value());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new Churn(Sql.getInstant(row, "churned_at"),
                            YearMonth.parse(row.getString("churned_month")))) : Optional.empty();
                }
            }
        });
    }

    /** The companies that are not churned: the ones a month run scores. */
    public long count() {
        return database.inTransaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement(COUNT); ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /**
     * Splits the known companies into at most {@code parts} ranges of about equal size, in id order; together
     * they cover every id, including ids of companies that become known later.
     */
    public List<CompanyRange> split(int parts) {
        long total = count();
        long size = Math.max(1, (total + parts - 1) / parts);
        List<String> bounds = new ArrayList<>();
        database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(IDS.formatted(database.dialect().ordered("id")))) {
                query.setFetchSize(10_000);
                try (ResultSet row = query.executeQuery()) {
                    for (long index = 0; row.next(); index++) {
                        if (index > 0 && index % size == 0) {
                            bounds.add(row.getString(1));
                        }
                    }
                }
            }
            return null;
        });
        List<CompanyRange> ranges = new ArrayList<>();
        String first = null;
        for (String bound : bounds) {
            ranges.add(new CompanyRange(first, bound));
            first = bound;
        }
        ranges.add(new CompanyRange(first, null));
        return ranges;
    }
}
