package io.healthscore.api;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.company.CompanyId;
import io.healthscore.web.Fields;
import io.healthscore.web.ProblemException;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/** The query and path parameters of the API, checked: a bad one is a 400 naming the parameter and what is accepted. */
final class Params {
    private Params() {
    }

    static CompanyId company(Context ctx) {
        String id = ctx.pathParam("id");
        if (!CompanyId.isValid(id)) {
            throw ProblemException.badField("company", "'" + id + "' is not a company id; accepted: 1-64 characters"
                    + " of A-Z a-z 0-9 . _ -");
        }
        return CompanyId.of(id);
    }

    static YearMonth month(Context ctx) {
        return month(ctx, "month");
    }

    static YearMonth month(Context ctx, String name) {
        return Fields.month(name, ctx.queryParam(name));
    }

    static int limit(Context ctx, int fallback, int max) {
        String text = text(ctx, "limit");
        if (text == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badField("limit", "'" + text + "' is not accepted; accepted: 1 to " + max);
    }

    static Set<EffectiveBand> bands(Context ctx) {
        String text = text(ctx, "band");
        if (text == null) {
            return EnumSet.allOf(EffectiveBand.class);
        }
        Set<EffectiveBand> bands = EnumSet.noneOf(EffectiveBand.class);
        for (String band : text.split(",")) {
            try {
                bands.add(EffectiveBand.parse(band.trim()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badField("band", e.getMessage());
            }
        }
        return bands;
    }

    static BigDecimal percent(Context ctx, String name, BigDecimal fallback) {
        String text = text(ctx, name);
        if (text == null) {
            return fallback;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badField(name, "'" + text + "' is not accepted; accepted: a percentage 0 to 100, e.g. 70 or 72.5");
    }

    /** The parameter's text, trimmed; null when absent or blank. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
