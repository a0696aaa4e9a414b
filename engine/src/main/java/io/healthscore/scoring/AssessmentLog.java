package io.healthscore.scoring;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.RuleDeclarations;
import io.healthscore.rules.facts.Coverage;
import io.healthscore.rules.facts.History;
import io.healthscore.rules.facts.SeriesWeek;
import io.healthscore.store.Database;
import io.healthscore.store.ExplanationRepository;
import io.healthscore.store.MetricsRepository;
import io.healthscore.store.RuleFileRepository;
import io.healthscore.store.StoredAssessment;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The assessments as scoring stored them, with their explanations and the rule files that scored them. */
public final class AssessmentLog {
    private final ExplanationRepository explanations;
    private final RuleFileRepository ruleFiles;
    private final MetricsRepository metrics;

    public AssessmentLog(Database database) {
        this.explanations = new ExplanationRepository(database);
        this.ruleFiles = new RuleFileRepository(database);
        this.metrics = new MetricsRepository(database);
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

    /**
     * The history the rule files that scored {@code stored} ({@code files}, as {@link #ruleFiles} returns them)
     * declare they read, and the month's coverage, computed as the scoring computed it from the weeks recorded.
     */
    public RulesHistory rulesHistory(StoredAssessment stored, Map<String, String> files) {
        Assessment assessment = stored.assessment();
        RuleDeclarations declared = files.isEmpty() ? RuleDeclarations.NONE : RuleDeclarations.of(files);
        YearMonth oldest = assessment.month().minusMonths(declared.historyMonths());
        List<StoredAssessment> past = declared.historyMonths() == 0 ? List.of() : history(assessment.company()).stream()
                .filter(each -> each.assessment().month().isBefore(assessment.month())
                        && !each.assessment().month().isBefore(oldest))
                .toList();
        Coverage coverage = assessment.explanation().recorded() ? coverage(assessment, declared.historyWeeks()) : null;
        return new RulesHistory(declared.historyMonths(), declared.historyWeeks(), past, coverage);
    }

    private Coverage coverage(Assessment assessment, int weeksDepth) {
        List<WeeklyMetrics> weeks = assessment.explanation().weeks().stream()
                .map(week -> new WeeklyMetrics(assessment.company(), week.week(), week.login(), week.adoption(), week.nps()))
                .toList();
        boolean npsInMonth = weeks.stream().anyMatch(week -> week.nps() != null);
        List<SeriesWeek> earlier = npsInMonth || weeksDepth == 0 ? List.of()
                : earlierWeeks(assessment.company(), assessment.month(), weeksDepth);
        CompanyMonth month = new CompanyMonth(assessment.company(), null, assessment.month(), weeks, assessment.previous())
                .withPast(new History(assessment.month(), List.of(), earlier, 0, weeksDepth), Map.of());
        return Scorer.coverage(month);
    }

    /** The weeks stored for the {@code depth} weeks before the month, oldest first. */
    private List<SeriesWeek> earlierWeeks(CompanyId company, YearMonth month, int depth) {
        LocalDate firstWeek = WeeklyMetrics.weeksOf(month).get(0);
        LocalDate oldestWeek = firstWeek.minusWeeks(depth);
        List<SeriesWeek> weeks = new ArrayList<>();
        for (YearMonth each = WeeklyMetrics.monthOf(oldestWeek); each.isBefore(month); each = each.plusMonths(1)) {
            metrics.weeks(company, each).stream()
                    .filter(week -> !week.week().isBefore(oldestWeek) && week.week().isBefore(firstWeek))
                    .forEach(week -> weeks.add(new SeriesWeek(week.week(), week.login(), week.adoption(), week.nps(), null)));
        }
        return weeks;
    }
}
