package io.healthscore.store;

import io.healthscore.assessment.Drivers;
import java.math.BigDecimal;
import org.jdbi.v3.core.mapper.RowViewMapper;
import org.jdbi.v3.core.result.RowView;

/**
 * An assessment's drivers from its columns {@code login, adoption, nps, weeks, score_change}; no assessment (a
 * left join that found none, so no weeks) reads as {@link Drivers#NO_DATA}.
 */
final class DriversMapper implements RowViewMapper<Drivers> {
    @Override
    public Drivers map(RowView row) {
        Integer weeks = row.getColumn("weeks", Integer.class);
        return weeks == null ? Drivers.NO_DATA : new Drivers(row.getColumn("login", BigDecimal.class),
                row.getColumn("adoption", BigDecimal.class), row.getColumn("nps", BigDecimal.class), weeks,
                row.getColumn("score_change", Integer.class));
    }
}
