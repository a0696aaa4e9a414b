package io.healthscore.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.HealthscoreException;
import io.healthscore.assessment.Band;
import io.healthscore.automation.DeliveryCounts;
import io.healthscore.company.CompanyId;
import io.healthscore.company.UnknownCompanyException;
import io.healthscore.manual.ManualOutcome;
import io.healthscore.manual.ManualStatus;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.StoreException;
import io.healthscore.views.HistoryJson;
import io.healthscore.web.Answers;
import io.healthscore.web.Backend;
import io.healthscore.web.Caller;
import io.healthscore.web.ProblemException;
import io.javalin.http.Context;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Overrides and churn by hand, as the {@code override} and {@code churn} commands make them. The author is the
 * token's user, never a field of the request.
 */
final class StatusApi {
    private static final Logger LOG = LoggerFactory.getLogger(StatusApi.class);
    static final String NO_NOTE = "(no description given)";

    private final Backend backend;

    StatusApi(Backend backend) {
        this.backend = backend;
    }

    /** {@code PUT /api/v1/companies/{id}/override}: {@code {"band", "note", "until"}}. */
    void override(Context ctx) {
        CompanyId id = Params.company(ctx);
        JsonBody body = JsonBody.read(ctx, Set.of("band", "note", "until"), false);
        Band band = band(body.text("band"));
        String note = note(body.text("note"), NO_NOTE);
        YearMonth until = until(id, body.text("until"));
        apply(ctx, "override", status -> status.override(id, band, note, until, Caller.of(ctx).name()));
    }

    /** {@code DELETE /api/v1/companies/{id}/override}: ends the override in force; an optional {@code {"note"}}. */
    void clear(Context ctx) {
        CompanyId id = Params.company(ctx);
        String note = note(JsonBody.read(ctx, Set.of("note"), true).text("note"), "override cleared");
        apply(ctx, "clear", status -> status.clear(id, note, Caller.of(ctx).name()));
    }

    /** {@code POST /api/v1/companies/{id}/churn}: {@code {"note"}}. */
    void churn(Context ctx) {
        CompanyId id = Params.company(ctx);
        String note = note(JsonBody.read(ctx, Set.of("note"), true).text("note"), NO_NOTE);
        apply(ctx, "churn", status -> status.churn(id, note, Caller.of(ctx).name()));
    }

    /** {@code DELETE /api/v1/companies/{id}/churn}: reinstates; an optional {@code {"note"}}. */
    void reinstate(Context ctx) {
        CompanyId id = Params.company(ctx);
        String note = note(JsonBody.read(ctx, Set.of("note"), true).text("note"), "churn undone");
        apply(ctx, "reinstate", status -> status.reinstate(id, note, Caller.of(ctx).name()));
    }

    private void apply(Context ctx, String what, Function<ManualStatus, ManualOutcome> change) {
        ManualOutcome outcome;
        try {
            outcome = change.apply(new ManualStatus(backend.database(), new Scorer(backend.rules().get()),
                    backend.clock()));
        } catch (HealthscoreException e) {
            if (e instanceof UnknownCompanyException || e instanceof StoreException) {
                throw e;
            }
            // the change does not fit the company's state: nothing to clear, churned already, …
            throw ProblemException.conflict(e.getMessage());
        }
        DeliveryCounts delivery = outcome.activity().triggers().isEmpty() ? DeliveryCounts.NONE
                : backend.dispatcher().settle();
        LOG.info("api {} {} by {}: {} -> {} ({} triggers emitted, {} pending switched off)", what,
                outcome.activity().company(), Caller.of(ctx).name(), outcome.activity().from(), outcome.activity().to(),
                outcome.activity().triggers().size(), outcome.silenced());
        Answers.json(ctx, new Outcome(HistoryJson.ActivityEntry.of(outcome.activity()),
                outcome.override() == null ? null : HistoryJson.OverrideJson.of(outcome.override()),
                outcome.silenced(), delivery));
    }

    private static Band band(String text) {
        if (text == null) {
            throw ProblemException.badField("band", "is required; accepted: THRIVING, HEALTHY, STEADY, AT_RISK");
        }
        try {
            return ManualStatus.pinnable(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("band", e.getMessage()
                    + (text.equalsIgnoreCase("churned") ? " (to mark a company churned: POST .../churn)" : ""));
        }
    }

    private static String note(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (text.length() > ManualStatus.NOTE_LIMIT) {
            throw ProblemException.badField("note", "is " + text.length() + " characters long; accepted: at most "
                    + ManualStatus.NOTE_LIMIT);
        }
        return text.strip();
    }

    /** The override's last month: checked here against the month it starts, so the answer names the field. */
    private YearMonth until(CompanyId id, String text) {
        if (text == null) {
            return null;
        }
        YearMonth until;
        try {
            until = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("until", "'" + text + "' is not a month; accepted: YYYY-MM, e.g. 2026-12");
        }
        YearMonth from = ManualStatus.startMonth(backend.database(), backend.clock(), id);
        if (until.isBefore(from)) {
            throw ProblemException.badField("until", until + " is before " + from + ", the month the override starts"
                    + " (the company's latest assessed month); accepted: " + from + " or later");
        }
        return until;
    }

    /** What a change did: the activity it logged, the override it made, triggers switched off, their delivery. */
    @JsonPropertyOrder({"activity", "override", "silenced", "delivery"})
    record Outcome(HistoryJson.ActivityEntry activity, @JsonInclude(JsonInclude.Include.NON_NULL)
            HistoryJson.OverrideJson override, int silenced, DeliveryCounts delivery) {
    }
}
