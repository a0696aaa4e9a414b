package io.healthscore.console;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.CompanyQuery;
import io.healthscore.store.PortfolioRepository;
import io.healthscore.store.PortfolioRow;
import io.healthscore.web.Backend;
import io.healthscore.web.Caller;
import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * GET /companies: the month's companies with their health, filtered by band, segment, owner ("my accounts": the
 * signed-in user's) and a search, sorted and paged in the database; by default the latest month assessed or scored
 * to date, a company without an assessment of the month shown with its provisional score, marked.
 */
final class CompanyListPage {
    private final Backend backend;

    CompanyListPage(Backend backend) {
        this.backend = backend;
    }

    void show(Context ctx) {
        ListRequest request = ListRequest.of(ctx);
        PortfolioRepository portfolio = new PortfolioRepository(backend.database());
        YearMonth latest = portfolio.latestShownMonth().orElse(null);
        YearMonth month = request.month() != null ? request.month() : latest;
        if (month == null) {
            Layout.answer(ctx, 200, "Companies", "/companies", Templates.render("companies", Page.empty()));
            return;
        }
        CompanyQuery query = request.query(month, Caller.of(ctx).name());
        long total = portfolio.count(query);
        int pages = (int) Math.max(1, (total + ListRequest.PAGE_SIZE - 1) / ListRequest.PAGE_SIZE);
        List<Row> rows = portfolio.page(query).stream().map(Row::of).toList();
        int first = rows.isEmpty() ? 0 : (request.page() - 1) * ListRequest.PAGE_SIZE + 1;
        Layout.answer(ctx, 200, "Companies " + month, "/companies", Templates.render("companies", new Page(true,
                month.toString(), MonthChoice.of(backend.database(), latest == null ? month : latest, month),
                request.month() == null ? "" : "?month=" + month, request, bandOptions(request), sortOptions(request), columns(request), rows, total,
                first, first == 0 ? 0 : first + rows.size() - 1,
                request.page() > 1 ? request.link(request.page() - 1) : null,
                request.page() < pages ? request.link(request.page() + 1) : null, request.page(), pages)));
    }

    private static List<Option> bandOptions(ListRequest request) {
        return Arrays.stream(EffectiveBand.values()).map(band -> new Option(band.name(), Chip.of(band).label(),
                request.bands().contains(band))).toList();
    }

    private static List<Option> sortOptions(ListRequest request) {
        return Arrays.stream(CompanyQuery.Sort.values()).map(sort -> new Option(ListRequest.code(sort),
                label(sort), sort == request.sort())).toList();
    }

    private static List<Column> columns(ListRequest request) {
        return Stream.of(CompanyQuery.Sort.NAME, CompanyQuery.Sort.BAND, CompanyQuery.Sort.SCORE, CompanyQuery.Sort.CHANGE,
                CompanyQuery.Sort.OWNER, CompanyQuery.Sort.SEGMENT).map(sort -> new Column(
                sort == CompanyQuery.Sort.NAME ? "Company" : label(sort), request.sortLink(sort),
                sort != request.sort() ? null : request.descending() ? "descending" : "ascending",
                sort == CompanyQuery.Sort.SCORE || sort == CompanyQuery.Sort.CHANGE)).toList();
    }

    private static String label(CompanyQuery.Sort sort) {
        return switch (sort) {
            case COMPANY -> "Company id";
            case NAME -> "Name";
            case OWNER -> "Owner";
            case SEGMENT -> "Segment";
            case SCORE -> "Score";
            case CHANGE -> "Change";
            case BAND -> "Health";
        };
    }

    private record Page(boolean scored, String shownMonth, List<MonthChoice> months, String rowQuery,
            ListRequest request, List<Option> bandOptions, List<Option> sortOptions,
            List<Column> columns, List<Row> rows, long total, int first, int last, String previous, String next,
            int page, int pages) {
        static Page empty() {
            return new Page(false, null, List.of(), "", null, List.of(), List.of(), List.of(), List.of(), 0, 0, 0, null, null, 1, 1);
        }

        boolean any() {
            return !rows.isEmpty();
        }

        boolean anyProvisional() {
            return rows.stream().anyMatch(row -> row.provisional() != null);
        }
    }

    private record Option(String value, String label, boolean selected) {
    }

    /** A sortable column head; {@code sorted} is the aria-sort value of the column the list is sorted by. */
    private record Column(String label, String href, String sorted, boolean numeric) {
    }

    /**
     * {@code lowConfidence}: why the score is low-confidence, null when it is not; {@code provisional}: the mark of a
     * month-to-date score, null on an assessment.
     */
    private record Row(String id, String name, Chip chip, boolean overridden, ProvisionalMark provisional, String score,
            String lowConfidence, String change, String owner, String segment) {
        static Row of(PortfolioRow row) {
            return new Row(row.company().id().value(), Shown.orMissing(row.company().name()), Chip.of(row.shown()),
                    row.overridden(), ProvisionalMark.of(row.provisional()), Shown.number(row.score()),
                    row.lowConfidence(), Shown.signed(row.drivers().change()), Shown.orMissing(row.company().owner()),
                    Shown.orMissing(row.company().segment()));
        }
    }
}
