package io.healthscore.store;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.company.CompanyId;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * One page of the companies list of a month: shown in one of {@code bands}, of {@code segment} and {@code owner}
 * (any case; null: any), whose id or name contains {@code search} (any case; null: any), sorted, after the company
 * {@code after} (a cursor: the last id of the page before, id order only) or from {@code offset}.
 */
public record CompanyQuery(YearMonth month, Set<EffectiveBand> bands, String segment, String owner, String search,
        Sort sort, boolean descending, CompanyId after, int offset, int limit) {

    /**
     * What the list can be sorted by; every order ends with the company id, so pages never overlap. {@code column}
     * names it in a query of the list, {@code shown} in a query of the rows such queries select.
     */
    public enum Sort {
        COMPANY("c.id", "company_id"), NAME("c.name", "company_name"), OWNER("c.owner", "owner"),
        SEGMENT("c.segment", "segment"), SCORE("a.score", "score"), CHANGE("a.score_change", "score_change"),
        BAND("a.effective_band", "effective_band");

        final String column;
        final String shown;

        Sort(String column, String shown) {
            this.column = column;
            this.shown = shown;
        }
    }

    public CompanyQuery {
        Objects.requireNonNull(month, "month");
        bands = Set.copyOf(bands);
        Objects.requireNonNull(sort, "sort");
        if (after != null && (sort != Sort.COMPANY || descending)) {
            throw new IllegalArgumentException("a cursor pages in company id order only");
        }
    }

    public static CompanyQuery all(YearMonth month, Set<EffectiveBand> bands) {
        return new CompanyQuery(month, bands, null, null, null, Sort.COMPANY, false, null, 0, Integer.MAX_VALUE);
    }
}
