package io.healthscore.store;

import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import org.jdbi.v3.core.mapper.RowViewMapper;
import org.jdbi.v3.core.result.RowView;

/** A company's details from the columns {@code company_id, company_name, owner, contact, segment}. */
final class CompanyMapper implements RowViewMapper<Company> {
    static final String COLUMNS = "c.id AS company_id, c.name AS company_name, c.owner, c.contact, c.segment";

    @Override
    public Company map(RowView row) {
        return new Company(row.getColumn("company_id", CompanyId.class), row.getColumn("company_name", String.class),
                row.getColumn("owner", String.class), row.getColumn("contact", String.class),
                row.getColumn("segment", String.class));
    }
}
