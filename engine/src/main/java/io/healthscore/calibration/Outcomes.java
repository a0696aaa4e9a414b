package io.healthscore.calibration;

import io.healthscore.company.CompanyId;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The known outcomes of every company, with the rule that labels an assessment of month m, horizon N months:
 * churned when the company churned in m to m + N; not churned when it churned later than m + N, or when it did not
 * churn and either month m + N is no later than the latest assessed month or it renewed in m or later; otherwise
 * censored (not yet known). An assessment after the churn month is censored too.
 */
public final class Outcomes {
    private final Map<CompanyId, YearMonth> churns = new HashMap<>();
    private final Map<CompanyId, TreeSet<YearMonth>> renewals = new HashMap<>();
    private final YearMonth latest;
    private final int horizon;

    /** Store churn marks and the outcomes file; a company churned twice counts from its earliest churn. */
    public Outcomes(Map<CompanyId, YearMonth> storeChurns, Collection<Outcome> fileOutcomes, YearMonth latest,
            int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon " + horizon + ": accepted: 1 month or more");
        }
        storeChurns.forEach(this::churn);
        for (Outcome outcome : fileOutcomes) {
            if (outcome.kind() == Outcome.Kind.churned) {
                churn(outcome.company(), outcome.month());
            } else {
                renewals.computeIfAbsent(outcome.company(), key -> new TreeSet<>()).add(outcome.month());
            }
        }
        this.latest = latest;
        this.horizon = horizon;
    }

    private void churn(CompanyId company, YearMonth month) {
        churns.merge(company, month, (one, other) -> one.isBefore(other) ? one : other);
    }

    Label label(CompanyId company, YearMonth month) {
        YearMonth end = month.plusMonths(horizon);
        YearMonth churn = churns.get(company);
        if (churn != null) {
            if (churn.isBefore(month)) {
                return Label.CENSORED;
            }
            return churn.isAfter(end) ? Label.NOT_CHURNED : Label.CHURNED;
        }
        TreeSet<YearMonth> renewed = renewals.get(company);
        boolean renewedSince = renewed != null && renewed.ceiling(month) != null;
        return !end.isAfter(latest) || renewedSince ? Label.NOT_CHURNED : Label.CENSORED;
    }

    /** Whether the company churned, by the store or the outcomes file. */
    public boolean churned(CompanyId company) {
        return churns.containsKey(company);
    }

    Optional<YearMonth> churn(CompanyId company) {
        return Optional.ofNullable(churns.get(company));
    }

    public int horizon() {
        return horizon;
    }

    public YearMonth latest() {
        return latest;
    }
}
