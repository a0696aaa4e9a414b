package io.healthscore.console;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.CompanyQuery;
import io.healthscore.web.Fields;
import io.healthscore.web.ProblemException;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What GET /companies asks for, from its query string: the bands (none: all), segment, owner or only the signed-in
 * user's accounts ({@code mine}), a search, the order and the page (from 1). {@link #link} writes it back.
 */
record ListRequest(YearMonth month, Set<EffectiveBand> bands, String segment, String owner, boolean mine, String search,
        CompanyQuery.Sort sort, boolean descending, int page) {
    static final int PAGE_SIZE = 25;
    private static final String SORTS = Arrays.stream(CompanyQuery.Sort.values()).map(ListRequest::code)
            .collect(Collectors.joining(", "));

    ListRequest {
        bands = bands.isEmpty() ? Set.of() : Set.copyOf(bands);
    }

    static ListRequest of(Context ctx) {
        Set<EffectiveBand> bands = EnumSet.noneOf(EffectiveBand.class);
        for (String band : ctx.queryParams("band")) {
            if (!band.isBlank()) {
                try {
                    bands.add(EffectiveBand.parse(band));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badField("band", e.getMessage());
                }
            }
        }
        return new ListRequest(Fields.month("month", ctx.queryParam("month")), bands, text(ctx, "segment"),
                text(ctx, "owner"), ctx.queryParam("mine") != null, text(ctx, "q"), sort(ctx.queryParam("sort")),
                "desc".equals(ctx.queryParam("dir")), page(ctx.queryParam("page")));
    }

    /** The store query of this page, for {@code month}; {@code me} is the owner "my accounts" stands for. */
    CompanyQuery query(YearMonth shown, String me) {
        Set<EffectiveBand> kept = bands.isEmpty() ? EnumSet.allOf(EffectiveBand.class) : bands;
        return new CompanyQuery(shown, kept, segment, mine ? me : owner, search, sort, descending, null,
                (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** This request's link with another page; the other parameters kept as they are. */
    String link(int otherPage) {
        return with(sort, descending, otherPage);
    }

    /** This request's link sorted by {@code by}: the other way round when it is sorted by it already. */
    String sortLink(CompanyQuery.Sort by) {
        return with(by, by == sort && !descending, 1);
    }

    private String with(CompanyQuery.Sort by, boolean desc, int otherPage) {
        List<String> parts = new ArrayList<>();
        if (month != null) {
            parts.add("month=" + month);
        }
        bands.stream().sorted().forEach(band -> parts.add("band=" + band.name()));
        add(parts, "segment", segment);
        add(parts, "owner", owner);
        if (mine) {
            parts.add("mine=1");
        }
        add(parts, "q", search);
        parts.add("sort=" + code(by));
        if (desc) {
            parts.add("dir=desc");
        }
        if (otherPage > 1) {
            parts.add("page=" + otherPage);
        }
        return "/companies?" + String.join("&", parts);
    }

    static String code(CompanyQuery.Sort sort) {
        return sort.name().toLowerCase(Locale.ROOT);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static CompanyQuery.Sort sort(String text) {
        if (text == null || text.isBlank()) {
            return CompanyQuery.Sort.COMPANY;
        }
        try {
            return CompanyQuery.Sort.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("sort", "'" + text + "' is not an order; accepted: " + SORTS);
        }
    }

    private static int page(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(text.trim());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // reported below with what is accepted
        }
        throw ProblemException.badField("page", "'" + text + "' is not a page; accepted: 1 or more");
    }
}
