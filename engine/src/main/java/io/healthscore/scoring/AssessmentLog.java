package io.healthscore.scoring;

import io.healthscore.company.CompanyId;
import io.healthscore.store.Database;
import io.healthscore.store.ExplanationRepository;
import io.healthscore.store.RuleFileRepository;
import io.healthscore.store.StoredAssessment;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The assessments as scoring stored them, with their explanations and the rule files that scored them. */
public final class AssessmentLog {
    private final ExplanationRepository explanations;
    private final RuleFileRepository ruleFiles;

    public AssessmentLog(Database database) {
        this.explanations = new ExplanationRepository(database);
        this.ruleFiles = new RuleFileRepository(database);
    }

    public Optional<StoredAssessment> find(CompanyId company, YearMonth month) {
        return explanations.find(company, month);
    }

    /** Every assessment of the company, newest month first. */
    public List<StoredAssessment> history(CompanyId company) {
        return explanations.history(company);
    }

    /** The rule files recorded under a rule-set hash, by file name; empty when none were recorded. */
    public Map<String, String> ruleFiles(String rulesHash) {
        return ruleFiles.find(rulesHash);
    }
}
