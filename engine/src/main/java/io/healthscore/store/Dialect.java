package io.healthscore.store;

/** The two SQL databases healthscore runs on; they differ only in how an upsert is spelled. */
public enum Dialect {
    H2, POSTGRESQL;

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException("unsupported store URL '" + jdbcUrl
                + "'; accepted: a folder for the embedded store (e.g. ./data) or jdbc:postgresql://HOST:PORT/DB?user=NAME");
    }
}
