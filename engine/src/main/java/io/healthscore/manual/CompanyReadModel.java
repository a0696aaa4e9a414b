package io.healthscore.manual;

import io.healthscore.company.Churn;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.company.UnknownCompanyException;
import io.healthscore.store.ActivityRepository;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.Database;
import io.healthscore.store.OverrideRepository;
import java.util.List;
import java.util.Optional;

/** What the store knows of companies: their details and count, and each one's churn, override and activity log. */
public final class CompanyReadModel {
    private final CompanyRepository companies;
    private final OverrideRepository overrides;
    private final ActivityRepository activities;

    public CompanyReadModel(Database database) {
        this.companies = new CompanyRepository(database);
        this.overrides = new OverrideRepository(database);
        this.activities = new ActivityRepository(database);
    }

    /** The company's details; throws when no metrics or companies file ever named it. */
    public Company company(CompanyId id) {
        return companies.find(id).orElseThrow(() -> new UnknownCompanyException(id));
    }

    public long count() {
        return companies.count();
    }

    public Optional<Churn> churn(CompanyId id) {
        return companies.churn(id);
    }

    /** The override in force, if any. */
    public Optional<BandOverride> override(CompanyId id) {
        return overrides.active(id);
    }

    /** Band changes by the rules, overrides, expiries and churn, newest first. */
    public List<Activity> activities(CompanyId id) {
        return activities.of(id);
    }
}
