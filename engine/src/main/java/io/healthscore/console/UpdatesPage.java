package io.healthscore.console;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.ActivityRepository;
import io.healthscore.web.Backend;
import io.healthscore.web.ProblemException;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * GET /updates: every change of band, by the rules or by hand, over the last days (30 unless asked), newest
 * first; filtered by source (manual, automatic), the band changed to and the author.
 */
final class UpdatesPage {
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    static final int LIMIT = 500;

    private final Backend backend;

    UpdatesPage(Backend backend) {
        this.backend = backend;
    }

    void show(Context ctx) {
        int days = days(ctx.queryParam("days"));
        String source = ctx.queryParam("source") == null ? "" : ctx.queryParam("source").trim();
        Boolean manual = switch (source) {
            case "" -> null;
            case "manual" -> true;
            case "automatic" -> false;
            default -> throw ProblemException.badField("source", "'" + source + "' is not a source; accepted: manual,"
                    + " automatic, or empty for both");
        };
        EffectiveBand band = band(ctx.queryParam("band"));
        String author = blankToNull(ctx.queryParam("author"));
        List<FeedEntry> entries = new ActivityRepository(backend.database()).since(new ActivityRepository.Filter(
                backend.clock().instant().minus(Duration.ofDays(days)), manual, band, author, LIMIT)).stream()
                .map(FeedEntry::of).toList();
        List<Option> bands = Arrays.stream(EffectiveBand.values()).map(each -> new Option(each.name(),
                Chip.of(each).label(), each == band)).toList();
        Layout.answer(ctx, 200, "Recent updates", "/updates", Templates.render("updates", new Page(days,
                source.isEmpty(), "manual".equals(source), "automatic".equals(source), bands, author, entries,
                entries.size() == LIMIT)));
    }

    private static int days(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(text.trim());
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below with what is accepted
        }
        throw ProblemException.badField("days", "'" + text + "' is not a number of days; accepted: 1 to " + MAX_DAYS);
    }

    private static EffectiveBand band(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return EffectiveBand.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("band", e.getMessage());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private record Page(int days, boolean anySource, boolean manual, boolean automatic, List<Option> bands,
            String author, List<FeedEntry> entries, boolean cut) {
        boolean any() {
            return !entries.isEmpty();
        }

        String count() {
            return entries.size() == 1 ? "1 update" : entries.size() + " updates";
        }
    }

    private record Option(String value, String label, boolean selected) {
    }
}
