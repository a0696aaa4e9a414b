package io.healthscore.views;

import io.healthscore.company.Churn;
import io.healthscore.company.Company;
import io.healthscore.manual.Activity;
import io.healthscore.manual.BandOverride;
import io.healthscore.store.StoredAssessment;
import io.healthscore.store.StoredProvisional;
import java.util.List;

/**
 * What history shows of one company: its details, churn and override in force (or null), assessments, activities,
 * and its provisional month-to-date scores (newest first; kept after the monthly assessment superseded them).
 */
public record CompanyHistory(Company company, Churn churn, BandOverride override, List<StoredAssessment> assessments,
        List<Activity> activities, List<StoredProvisional> provisional) {
    public CompanyHistory {
        assessments = List.copyOf(assessments);
        activities = List.copyOf(activities);
        provisional = List.copyOf(provisional);
    }

    /** Without provisional scores. */
    public CompanyHistory(Company company, Churn churn, BandOverride override, List<StoredAssessment> assessments,
            List<Activity> activities) {
        this(company, churn, override, assessments, activities, List.of());
    }

    /** Whether the month of this provisional score has its monthly assessment now, which supersedes it. */
    public boolean superseded(StoredProvisional score) {
        return assessments.stream().anyMatch(stored -> stored.assessment().month().equals(score.assessment().month()));
    }
}
