package io.healthscore.company;

import java.util.Objects;

/** What the optional companies file tells about a company; every field but the id may be null. */
public record Company(CompanyId id, String name, String owner, String contact, String segment) {
    public Company {
        Objects.requireNonNull(id, "id");
    }

    public static Company known(CompanyId id) {
        return new Company(id, null, null, null, null);
    }
}
