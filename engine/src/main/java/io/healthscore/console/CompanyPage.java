package io.healthscore.console;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.company.Churn;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.company.UnknownCompanyException;
import io.healthscore.manual.BandOverride;
import io.healthscore.manual.CompanyReadModel;
import io.healthscore.manual.ManualStatus;
import io.healthscore.rules.RuleCatalog;
import io.healthscore.scoring.AssessmentLog;
import io.healthscore.store.OverrideRepository;
import io.healthscore.store.ProvisionalRepository;
import io.healthscore.store.StoredAssessment;
import io.healthscore.store.StoredProvisional;
import io.healthscore.views.ExplainJson;
import io.healthscore.web.Backend;
import io.healthscore.web.Caller;
import io.healthscore.web.Fields;
import io.healthscore.web.ProblemException;
import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * GET /companies/{id}: the company's band and score with the "i" that says why, its drivers against the month
 * before, its score and band over the months, its activity feed and its triggers; for a CSM the status forms. A
 * provisional month-to-date score of a later month is shown apart, marked, and listed in the feed.
 */
final class CompanyPage {
    private final Backend backend;

    CompanyPage(Backend backend) {
        this.backend = backend;
    }

    void show(Context ctx) {
        render(ctx, 200, null);
    }

    /** The page, with a status form sent back when {@code input} says what was wrong with it. */
    void render(Context ctx, int status, FormInput input) {
        CompanyId id = id(ctx);
        CompanyReadModel companies = new CompanyReadModel(backend.database());
        Company company = known(companies, id);
        AssessmentLog log = new AssessmentLog(backend.database());
        List<StoredAssessment> history = log.history(id);
        List<StoredProvisional> toDate = new ProvisionalRepository(backend.database()).history(id);
        Churn churn = companies.churn(id).orElse(null);
        BandOverride override = companies.override(id).orElse(null);
        YearMonth month = Fields.month("month", ctx.queryParam("month"));
        StoredProvisional provisional = toDate(month, history, toDate);
        StoredAssessment shown = chosen(id, month, history, provisional != null);
        Now now = shown == null ? null : now(shown, history, log, churn);
        YearMonth start = ManualStatus.startMonth(
                history.stream().findFirst().map(stored -> stored.assessment().month()), backend.clock());
        FormsView forms = !Layout.canEdit(ctx) ? null : FormsView.of(Caller.session(ctx).csrf(), id.value(),
                churn != null, override != null, start, input);
        List<Assessment> months = new ArrayList<>(history.stream().map(StoredAssessment::assessment).toList());
        Collections.reverse(months);
        Layout.answer(ctx, status, Shown.orMissing(company.name()) + " (" + id + ")", "/companies",
                Templates.render("company", new Page(id.value(), Shown.orMissing(company.name()),
                        Shown.orMissing(company.owner()), Shown.orMissing(company.segment()),
                        churn == null ? null : churn.month().toString(), now,
                        now != null || history.isEmpty() ? null : history.get(0).assessment().month().toString(),
                        provisional == null ? null : ToDate.of(provisional),
                        months.isEmpty() ? null : ScoreChart.svg(id.value(), months),
                        CompanyFeed.of(companies.activities(id), toDate, history), forms,
                        saved(ctx.queryParam("saved")), failure(input))));
    }

    /**
     * The provisional score the page shows: without {@code month}, the latest one when it is of a month after the
     * latest assessment (or there is none); else the latest of {@code month} unless the month has its assessment.
     */
    private static StoredProvisional toDate(YearMonth month, List<StoredAssessment> history,
            List<StoredProvisional> toDate) {
        if (month == null) {
            return toDate.stream().findFirst().filter(score -> history.isEmpty()
                    || score.assessment().month().isAfter(history.get(0).assessment().month())).orElse(null);
        }
        if (history.stream().anyMatch(stored -> stored.assessment().month().equals(month))) {
            return null;
        }
        return toDate.stream().filter(score -> score.assessment().month().equals(month)).findFirst().orElse(null);
    }

    private Now now(StoredAssessment stored, List<StoredAssessment> history, AssessmentLog log, Churn churn) {
        Assessment assessment = stored.assessment();
        Map<String, String> files = log.ruleFiles(assessment.rulesHash());
        ExplainJson explain = ExplainJson.view(stored, RuleCatalog.of(files), log.rulesHistory(stored, files));
        boolean churned = churn != null && !churn.month().isAfter(assessment.month());
        Assessment before = history.stream().map(StoredAssessment::assessment)
                .filter(each -> each.month().isBefore(assessment.month())).findFirst().orElse(null);
        BandOverride pinning = assessment.standing().overridden()
                ? new OverrideRepository(backend.database()).find(assessment.standing().overrideId()).orElse(null)
                : null;
        return new Now(assessment.month().toString(),
                Chip.of(churned ? EffectiveBand.CHURNED : EffectiveBand.of(assessment.effectiveBand())),
                Shown.number(assessment.score()), Shown.signed(assessment.drivers().change()),
                assessment.standing().overridden() ? Chip.of(assessment.band()) : null, Why.of(explain, pinning),
                DriverChange.of(assessment.drivers(), before == null ? null : before.drivers(),
                        before == null ? null : before.month()),
                explain.triggers().stream().map(TriggerRow::of).toList(),
                explain.suppressed().stream().map(held -> new HeldRow(held.trigger(), held.reason())).toList(),
                history.stream().map(each -> each.assessment().month().toString()).toList());
    }

    /**
     * The assessment the page shows: of {@code month}, or the latest; null when there is none, or when {@code month}
     * has only a provisional score ({@code toDate}).
     */
    private static StoredAssessment chosen(CompanyId id, YearMonth month, List<StoredAssessment> history,
            boolean toDate) {
        if (month == null) {
            return history.isEmpty() ? null : history.get(0);
        }
        return history.stream().filter(each -> each.assessment().month().equals(month)).findFirst()
                .orElseGet(() -> {
                    if (toDate) {
                        return null;
                    }
                    throw ProblemException.notFound("company " + id + " has no assessment for " + month
                            + "; its months are listed on its page");
                });
    }

    static CompanyId id(Context ctx) {
        String text = ctx.pathParam("id");
        if (!CompanyId.isValid(text)) {
            throw ProblemException.notFound("there is no company '" + text + "': a company id is 1-64 characters of"
                    + " A-Z a-z 0-9 . _ -");
        }
        return CompanyId.of(text);
    }

    static Company known(CompanyReadModel companies, CompanyId id) {
        try {
            return companies.company(id);
        } catch (UnknownCompanyException e) {
            throw ProblemException.notFound("there is no company '" + id + "': no metrics or companies file named"
                    + " it. Find it in the companies list by name.");
        }
    }

    /** What the alert at the top says when a form came back: the refusal itself when it is not one field's. */
    private static String failure(FormInput input) {
        if (input == null) {
            return null;
        }
        return input.field() == null ? input.message() + " Nothing was stored."
                : "A form below has an error, shown beside its field; nothing was stored.";
    }

    private static String saved(String what) {
        if (what == null) {
            return null;
        }
        return switch (what) {
            case "status" -> "Status set; it is in the activity feed below.";
            case "clear" -> "Override cleared: the rules' band is shown again.";
            case "churn" -> "Marked as churned.";
            case "reinstate" -> "Reinstated: the company is scored again from the next run.";
            default -> null;
        };
    }

    /**
     * {@code latestMonth}: the latest assessed month when the page shows no assessment but the company has one;
     * {@code toDate}: the provisional score shown, or null.
     */
    private record Page(String id, String name, String owner, String segment, String churnedFrom, Now now,
            String latestMonth, ToDate toDate, String chart, List<FeedEntry> feed, FormsView forms, String saved,
            String failed) {
        boolean anyActivity() {
            return !feed.isEmpty();
        }
    }

    /** The shown month's assessment: band, score and change, the rules' band when pinned, why, drivers, triggers. */
    private record Now(String month, Chip chip, String score, String change, Chip rulesChip, Why why,
            List<DriverChange> drivers, List<TriggerRow> triggers, List<HeldRow> held, List<String> months) {
        boolean scored() {
            return !Shown.MISSING.equals(score);
        }

        boolean anyTrigger() {
            return !triggers.isEmpty() || !held.isEmpty();
        }
    }

    /** A trigger the rules asked for that a cooldown held back: not sent, and why. */
    private record HeldRow(String name, String reason) {
    }

    private record TriggerRow(String name, String rule, String where, String emitted, String status, String channel,
            String delivered) {
        static TriggerRow of(ExplainJson.Trigger trigger) {
            return new TriggerRow(trigger.name(), trigger.rule() == null ? "not asked for by this scoring"
                    : trigger.rule().name(), trigger.rule() == null ? null : Shown.orMissing(
                            trigger.rule().file() == null ? null : trigger.rule().file() + ":" + trigger.rule().line()),
                    trigger.emittedAt() == null ? "not stored" : Shown.minute(trigger.emittedAt()),
                    trigger.delivery() == null ? "-" : trigger.delivery().status(),
                    trigger.delivery() == null ? null : trigger.delivery().channel(),
                    trigger.deliveredAt() == null ? null : Shown.minute(trigger.deliveredAt()));
        }
    }
}
