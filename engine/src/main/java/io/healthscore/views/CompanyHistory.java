package io.healthscore.views;

import io.healthscore.company.Churn;
import io.healthscore.company.Company;
import io.healthscore.manual.Activity;
import io.healthscore.manual.BandOverride;
import io.healthscore.store.StoredAssessment;
import java.util.List;

/** What history shows of one company: its details, churn and override in force (or null), assessments, activities. */
public record CompanyHistory(Company company, Churn churn, BandOverride override, List<StoredAssessment> assessments,
        List<Activity> activities) {
    public CompanyHistory {
        assessments = List.copyOf(assessments);
        activities = List.copyOf(activities);
    }
}
