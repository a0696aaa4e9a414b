package io.healthscore.cli;

import io.healthscore.Progress;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.calibration.CalibrationReport;
import io.healthscore.calibration.CalibrationSide;
import io.healthscore.calibration.Outcomes;
import io.healthscore.calibration.Scored;
import io.healthscore.calibration.Warning;
import io.healthscore.company.CompanyId;
import io.healthscore.manual.CompanyReadModel;
import io.healthscore.store.CalibrationRepository;
import io.healthscore.whatif.ToDateRescoring;
import io.healthscore.whatif.WhatIf;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Both sides of calibrate --rules: the stored months re-scored read-only with the rules in force and the candidate,
 * as what-if does (churned companies up to their churn month included), each side's assessments calibrated alike.
 */
final class CandidateCalibration {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateCalibration.class);
    private final List<Scored> inForce = new ArrayList<>();
    private final List<Scored> candidate = new ArrayList<>();
    private List<Warning> inForceWarnings = List.of();
    private List<Warning> candidateWarnings = List.of();
    private final Outcomes outcomes;
    private final String inForceName;
    private final String candidateName;

    private CandidateCalibration(Outcomes outcomes, String inForceName, String candidateName) {
        this.outcomes = outcomes;
        this.inForceName = inForceName;
        this.candidateName = candidateName;
    }

    static CandidateCalibration compare(Workspace workspace, Path candidateFolder, CalibrationRepository repository,
            YearMonth from, YearMonth to, Outcomes outcomes, Cli cli) {
        Map<CompanyId, String> segments = repository.segments();
        try (WhatIfRules rules = WhatIfRules.open(workspace, candidateFolder, cli.err())) {
            CandidateCalibration calibration = new CandidateCalibration(outcomes,
                    workspace.rulesFolder() + " (" + rules.inForce().shortHash() + ")",
                    candidateFolder + " (" + rules.candidate().shortHash() + ")");
            long companies = new CompanyReadModel(workspace.store()).count();
            long months = ChronoUnit.MONTHS.between(from, to) + 1;
            WhatIf.withChurned(workspace.store(), rules.inForce(), rules.candidate(), workspace.clock(), workspace.threads())
                    .compare(from, to, new Progress(cli.err(), workspace.clock(), "re-scored", companies * months),
                            (baseline, proposed) -> {
                                calibration.inForce.add(scored(baseline, segments));
                                calibration.candidate.add(scored(proposed, segments));
                            });
            // the provisional scores of companies that churned, for the lead times: each side scores them again
            List<CalibrationRepository.ScoredToDate> toDate = repository.provisional(from, to, outcomes::churned);
            if (!toDate.isEmpty()) {
                calibration.inForceWarnings = warnings(new ToDateRescoring(workspace.store(), rules.inForce()),
                        toDate, calibration.inForce);
                calibration.candidateWarnings = warnings(new ToDateRescoring(workspace.store(), rules.candidate()),
                        toDate, calibration.candidate);
                LOG.info("calibrate --rules: {} provisional scores of churned companies scored again on each side;"
                        + " first AT_RISK on them: {} with the rules in force, {} with the candidate", toDate.size(),
                        calibration.inForceWarnings.size(), calibration.candidateWarnings.size());
            }
            return calibration;
        }
    }

    /** The side's first AT_RISK provisional scores, of months before its first monthly AT_RISK only. */
    private static List<Warning> warnings(ToDateRescoring rescoring, List<CalibrationRepository.ScoredToDate> toDate,
            List<Scored> side) {
        Map<CompanyId, YearMonth> firstMonthly = new HashMap<>();
        side.stream().filter(scored -> scored.band() == Band.AT_RISK).forEach(scored -> firstMonthly.merge(
                scored.company(), scored.month(), (one, other) -> one.isBefore(other) ? one : other));
        return rescoring.firstAtRisk(toDate, firstMonthly).stream()
                .map(scored -> new Warning(scored.company(), scored.segment(), scored.month())).toList();
    }

    private static Scored scored(Assessment assessment, Map<CompanyId, String> segments) {
        return new Scored(assessment.company(), segments.get(assessment.company()), assessment.month(),
                assessment.score(), assessment.band());
    }

    CalibrationReport report(YearMonth from, YearMonth to, int horizon, YearMonth latest, long fileOutcomes) {
        return new CalibrationReport(from, to, horizon, latest, fileOutcomes,
                CalibrationSide.of(inForceName, inForce, inForceWarnings, outcomes),
                CalibrationSide.of(candidateName, candidate, candidateWarnings, outcomes));
    }
}
