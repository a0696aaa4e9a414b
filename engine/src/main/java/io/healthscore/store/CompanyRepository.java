package io.healthscore.store;

import io.healthscore.company.Churn;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.company.CompanyRange;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Known companies: every company seen in metrics or named in a companies file. */
public final class CompanyRepository {
    private static final String INSERT_IF_ABSENT = """
            INSERT INTO companies (id, first_seen) VALUES (:id, :now) ON CONFLICT (id) DO NOTHING
            """;
    private static final String UPDATE_DETAILS = """
            UPDATE companies SET name = :name, owner = :owner, contact = :contact, segment = :segment WHERE id = :id
            """;
    private static final String FIND = "SELECT " + CompanyMapper.COLUMNS + " FROM companies c WHERE c.id IN (<ids>)";
    private static final String COUNT = "SELECT COUNT(*) FROM companies WHERE churned_at IS NULL";
    private static final String IDS = "SELECT id FROM companies WHERE churned_at IS NULL ORDER BY %s";
    private static final String CHURN = """
            SELECT churned_at, churned_month FROM companies WHERE id = :id AND churned_at IS NOT NULL""";
    private static final CompanyMapper COMPANY = new CompanyMapper();

    private final Database database;

    public CompanyRepository(Database database) {
        this.database = database;
    }

    /** Makes the companies known, leaving any already known as they are. */
    private static void ensureKnown(Handle handle, Collection<CompanyId> ids, Instant now) {
        PreparedBatch insert = handle.prepareBatch(INSERT_IF_ABSENT);
        for (CompanyId id : ids) {
            insert.bind("id", id).bind("now", now).add();
        }
        insert.execute();
    }

    public void saveDetails(Collection<Company> companies, Instant now) {
        database.inTransaction(handle -> {
            ensureKnown(handle, companies.stream().map(Company::id).toList(), now);
            PreparedBatch update = handle.prepareBatch(UPDATE_DETAILS);
            for (Company company : companies) {
                update.bind("name", company.name()).bind("owner", company.owner()).bind("contact", company.contact())
                        .bind("segment", company.segment()).bind("id", company.id()).add();
            }
            update.execute();
            return null;
        });
    }

    public Optional<Company> find(CompanyId id) {
        return Optional.ofNullable(find(List.of(id)).get(id));
    }

    /** What the companies file says about each of {@code ids} that is known, by id. */
    public Map<CompanyId, Company> find(Collection<CompanyId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.inTransaction(handle -> handle.createQuery(FIND).bindList("ids", List.copyOf(ids)).map(COMPANY)
                .stream().collect(Collectors.toMap(Company::id, Function.identity())));
    }

    /** When the company was marked churned, and from which month it is shown so; empty while it is a customer. */
    public Optional<Churn> churn(CompanyId id) {
        return database.inTransaction(handle -> handle.createQuery(CHURN).bind("id", id)
                .map(row -> new Churn(row.getColumn("churned_at", Instant.class),
                        row.getColumn("churned_month", YearMonth.class)))
                .findOne());
    }

    /** The companies that are not churned: the ones a month run scores. */
    public long count() {
        return database.inTransaction(handle -> handle.createQuery(COUNT).mapTo(Long.class).one());
    }

    /**
     * Splits the known companies into at most {@code parts} ranges of about equal size, in id order; together
     * they cover every id, including ids of companies that become known later.
     */
    public List<CompanyRange> split(int parts) {
        long total = count();
        long size = Math.max(1, (total + parts - 1) / parts);
        List<String> bounds = new ArrayList<>();
        database.inTransaction(handle -> {
            try (ResultIterator<String> ids = handle.createQuery(IDS.formatted(database.dialect().ordered("id")))
                    .setFetchSize(10_000).mapTo(String.class).iterator()) {
                for (long index = 0; ids.hasNext(); index++) {
                    String id = ids.next();
                    if (index > 0 && index % size == 0) {
                        bounds.add(id);
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
