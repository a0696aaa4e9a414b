package io.healthscore.console;

import io.healthscore.HealthscoreException;
import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import io.healthscore.manual.Activity;
import io.healthscore.manual.CompanyReadModel;
import io.healthscore.manual.ManualOutcome;
import io.healthscore.manual.ManualStatus;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.StoreException;
import io.healthscore.web.Backend;
import io.healthscore.web.Caller;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status forms' posts: set status (pin a band), clear the override, churn, reinstate. Each is checked first
 * (bad input: the page again with the error beside the field, status 400, nothing stored), then made as the CLI
 * makes it, by the signed-in user, its triggers delivered; the browser is sent back to the company page.
 */
final class StatusForms {
    /** Room is left for the " (until YYYY-MM)" an override adds to its description in the activity log. */
    static final int NOTE_LIMIT = ManualStatus.NOTE_LIMIT - 100;

    private static final Logger LOG = LoggerFactory.getLogger(StatusForms.class);
    private static final String PINNABLE = "THRIVING, HEALTHY, STEADY, AT_RISK";

    private final Backend backend;
    private final CompanyPage page;

    StatusForms(Backend backend, CompanyPage page) {
        this.backend = backend;
        this.page = page;
    }

    void override(Context ctx) {
        CompanyId id = known(ctx);
        Map<String, String> values = Map.of("band", field(ctx, "band"), "note", field(ctx, "note"),
                "until", field(ctx, "until"));
        Band band;
        try {
            band = ManualStatus.pinnable(values.get("band"));
        } catch (IllegalArgumentException e) {
            refuse(ctx, "status", "band", values.get("band").isEmpty() ? "Choose a band; accepted: " + PINNABLE
                    : "'" + values.get("band") + "' is not a band that can be set by hand; accepted: " + PINNABLE
                    + " (to mark the company churned, use the churn form)", values);
            return;
        }
        if (values.get("note").length() > NOTE_LIMIT) {
            refuse(ctx, "status", "note", tooLong(values.get("note")), values);
            return;
        }
        YearMonth from = ManualStatus.startMonth(backend.database(), backend.clock(), id);
        YearMonth until;
        try {
            until = Months.until(values.get("until"), from);
        } catch (IllegalArgumentException e) {
            refuse(ctx, "status", "until", e.getMessage(), values);
            return;
        }
        apply(ctx, id, "status", values,
                status -> status.override(id, band, values.get("note"), until, Caller.of(ctx).name()));
    }

    void clear(Context ctx) {
        noted(ctx, "clear", "override cleared", (status, id, note) -> status.clear(id, note, Caller.of(ctx).name()));
    }

    void churn(Context ctx) {
        noted(ctx, "churn", null, (status, id, note) -> status.churn(id, note, Caller.of(ctx).name()));
    }

    void reinstate(Context ctx) {
        noted(ctx, "reinstate", "churn undone",
                (status, id, note) -> status.reinstate(id, note, Caller.of(ctx).name()));
    }

    /** A change whose only field is its description; {@code fallback} null means the description is required. */
    private void noted(Context ctx, String form, String fallback, Change change) {
        CompanyId id = known(ctx);
        Map<String, String> values = Map.of("note", field(ctx, "note"));
        String note = values.get("note");
        if (note.isEmpty() && fallback == null) {
            refuse(ctx, form, "note", "Say why, e.g. \"did not renew: moved to a competitor\".", values);
            return;
        }
        if (note.length() > NOTE_LIMIT) {
            refuse(ctx, form, "note", tooLong(note), values);
            return;
        }
        String given = note.isEmpty() ? fallback : note;
        apply(ctx, id, form, values, status -> change.make(status, id, given));
    }

    private void apply(Context ctx, CompanyId id, String form, Map<String, String> values,
            Function<ManualStatus, ManualOutcome> change) {
        ManualOutcome outcome;
        try {
            outcome = change.apply(new ManualStatus(backend.database(), new Scorer(backend.rules().get()),
                    backend.clock()));
        } catch (StoreException e) {
            throw e;
        } catch (HealthscoreException e) {
            // the company's state does not allow it (churned, nothing to clear): the form says so
            page.render(ctx, 409, new FormInput(form, null, e.getMessage(), values));
            return;
        }
        Activity done = outcome.activity();
        LOG.info("console {} {} {}: {} -> {} by {}, {} triggers", done.source().label(), id, done.month(), done.from(),
                done.to(), done.author(), done.triggers().size());
        if (!done.triggers().isEmpty()) {
            backend.dispatcher().settle();
        }
        ctx.redirect("/companies/" + id + "?saved=" + form + "#activity", HttpStatus.SEE_OTHER);
    }

    private CompanyId known(Context ctx) {
        CompanyId id = CompanyPage.id(ctx);
        CompanyPage.known(new CompanyReadModel(backend.database()), id);
        return id;
    }

    private void refuse(Context ctx, String form, String field, String message, Map<String, String> values) {
        page.render(ctx, 400, new FormInput(form, field, message, values));
    }

    private static String tooLong(String note) {
        return "The description is " + note.length() + " characters; accepted: up to " + NOTE_LIMIT + ".";
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.trim();
    }

    /** A manual change made with the company and its description. */
    @FunctionalInterface
    private interface Change {
        ManualOutcome make(ManualStatus status, CompanyId id, String note);
    }
}
