package io.healthscore.automation;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.Explanation;
import io.healthscore.assessment.Previous;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.store.AssessmentRepository;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.Database;
import io.healthscore.store.OutboxQueries;
import io.healthscore.store.OutboxRepository;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.Postgres;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.EmittedTrigger;
import io.healthscore.trigger.OutboxEntry;
import io.healthscore.trigger.OutboxFilter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A fresh store for one test, SQLite in a folder or a PostgreSQL database of its own (dropped on close), holding
 * assessments and their triggers saved as a scoring run saves them: October 2026, At Risk (24) after Steady (39).
 */
final class OutboxStore implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    static final YearMonth MONTH = YearMonth.of(2026, 10);
    static final Drivers DRIVERS = new Drivers(new BigDecimal("40.50"), new BigDecimal("30.25"),
            new BigDecimal("-12.00"), 4, -15);
    static final String RULES_HASH = "6f01301909f9aa55";

    enum Kind { SQLITE, POSTGRESQL }

    private final Kind kind;
    private final StoreLocation location;
    private final Database database;

    private OutboxStore(Kind kind, StoreLocation location) {
        this.kind = kind;
        this.location = location;
        this.database = Database.open(location);
    }

    static OutboxStore create(Kind kind, Path scratch) {
        return new OutboxStore(kind, StoreLocation.parse(
                kind == Kind.SQLITE ? scratch.resolve("store").toString() : Postgres.createDatabase()));
    }

    Database database() {
        return database;
    }

    /** The same store opened again, as another process (or node) would. */
    Database openAgain() {
        return Database.open(location);
    }

    /** Saves Acme's assessment emitting {@code triggers}; returns the triggers emitted now. */
    List<EmittedTrigger> save(String... triggers) {
        new CompanyRepository(database).saveDetails(List.of(new Company(CompanyId.of("acme"), "Acme Corporation",
                "dana@cs.example", "success@acme.example", "enterprise")), NOW);
        return saveAssessments(List.of(assessment("acme", triggers)));
    }

    /** Saves one assessment per company, each emitting {@code trigger}, in one transaction. */
    List<EmittedTrigger> saveForEach(List<String> companies, String trigger) {
        new CompanyRepository(database).saveDetails(companies.stream().map(id -> new Company(CompanyId.of(id),
                "Company " + id, null, null, null)).toList(), NOW);
        return saveAssessments(companies.stream().map(id -> assessment(id, trigger)).toList());
    }

    private List<EmittedTrigger> saveAssessments(List<Assessment> assessments) {
        return new AssessmentRepository(database).save(assessments, NOW).stream()
                .flatMap(saved -> EmittedTrigger.of(saved, NOW).stream()).toList();
    }

    private static Assessment assessment(String company, String... triggers) {
        return new Assessment(CompanyId.of(company), MONTH, 24, new BigDecimal("23.75"), Band.AT_RISK,
                new Previous(Band.STEADY, 39), DRIVERS, List.of(triggers), List.of("band"), RULES_HASH,
                Explanation.NONE);
    }

    OutboxEntry entry(String id) {
        return all().stream().filter(entry -> entry.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no trigger " + id + " in the outbox"));
    }

    List<OutboxEntry> all() {
        return new OutboxQueries(database).list(new OutboxFilter(null, null, null, 10_000));
    }

    Map<DeliveryStatus, Long> counts() {
        return new OutboxRepository(database).counts();
    }

    @Override
    public void close() {
        database.close();
        if (kind == Kind.POSTGRESQL) {
            Postgres.dropDatabase(location.jdbcUrl());
        }
    }
}
