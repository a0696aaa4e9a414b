package io.healthscore.scoring;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.company.ChurnedCompanyException;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.company.UnknownCompanyException;
import io.healthscore.rules.RuleSet;
import io.healthscore.store.AssessmentRepository;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.Database;
import io.healthscore.store.HistoryDepth;
import io.healthscore.store.MonthInputReader;
import io.healthscore.store.ProvisionalRepository;
import io.healthscore.store.RuleFileRepository;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/** Re-scores one company for one month on demand, exactly as the month run would. */
public final class CompanyScoring {
    private final CompanyRepository companies;
    private final MonthInputReader inputs;
    private final AssessmentRepository assessments;
    private final RuleFileRepository ruleFiles;
    private final Scorer scorer;
    private final Clock clock;

    public CompanyScoring(CompanyRepository companies, MonthInputReader inputs, AssessmentRepository assessments,
            RuleFileRepository ruleFiles, Scorer scorer, Clock clock) {
        this.companies = companies;
        this.inputs = inputs;
        this.assessments = assessments;
        this.ruleFiles = ruleFiles;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** On the store, with the rules given: what the score command uses. */
    public static CompanyScoring on(Database database, RuleSet rules, Clock clock) {
        return new CompanyScoring(new CompanyRepository(database), new MonthInputReader(database),
                new AssessmentRepository(database), new RuleFileRepository(database), new Scorer(rules), clock);
    }

    /** The last complete month: the one before today's (by the week-to-month rule its weeks are all in). */
    public static YearMonth lastCompleteMonth(Clock clock) {
        return YearMonth.now(clock).minusMonths(1);
    }

    public Assessment score(CompanyId id, YearMonth month) {
        Company company = known(id);
        Assessment assessment = scorer.score(inputs.readOne(id, company.segment(), month,
                HistoryDepth.of(scorer.rules())));
        ruleFiles.record(scorer.rules(), clock.instant());
        return assessments.save(List.of(assessment), clock.instant()).get(0);
    }

    /**
     * Scores the company's month to date on its complete weeks, stored as a provisional score apart from the
     * month's assessment, with only the triggers of {@code @early} rules.
     */
    public Assessment scoreToDate(CompanyId id, MonthToDate toDate, ProvisionalRepository provisional) {
        Company company = known(id);
        CompanyMonth input = toDate.complete(inputs.readOne(id, company.segment(), toDate.month(),
                HistoryDepth.of(scorer.rules())));
        Assessment assessment = scorer.scoreToDate(input, toDate.fact());
        ruleFiles.record(scorer.rules(), clock.instant());
        return provisional.save(List.of(assessment), toDate.completeWeeks().size(), toDate.weeksInMonth(),
                clock.instant(), null).get(0);
    }

    private Company known(CompanyId id) {
        Company company = companies.find(id).orElseThrow(() -> new UnknownCompanyException(id));
        companies.churn(id).ifPresent(churn -> {
            throw new ChurnedCompanyException(id, churn, "score it");
        });
        return company;
    }
}
