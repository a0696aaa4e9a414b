package io.healthscore.store;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where assessments live: a folder for the embedded SQLite store (default {@code ./data}) or a PostgreSQL JDBC URL.
 * {@code folder} is the embedded store's folder and null for PostgreSQL.
 */
public record StoreLocation(String jdbcUrl, Path folder) {
    public static final String DEFAULT = "./data";
    static final String STORE_FILE = "healthscore.db";
    /** The embedded store of healthscore 0.1 (H2), migrated to {@link #STORE_FILE} when a command first opens it. */
    static final String LEGACY_FILE = "healthscore.mv.db";
    /** A scheme such as postgresql:// is a URL typed without jdbc:, never a folder name. */
    private static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

    public static StoreLocation parse(String text) {
        String value = text == null || text.isBlank() ? DEFAULT : text.trim();
        if (value.startsWith("jdbc:") || URL_SCHEME.matcher(value).lookingAt()) {
            if (!value.startsWith("jdbc:sqlite:") && Dialect.of(value) == Dialect.POSTGRESQL) {
                return new StoreLocation(value, null);
            }
            throw Dialect.unsupported(value);
        }
        Path folder = Path.of(value).toAbsolutePath().normalize();
        return new StoreLocation("jdbc:sqlite:" + folder.resolve(STORE_FILE), folder);
    }

    public Dialect dialect() {
        return Dialect.of(jdbcUrl);
    }

    public boolean embedded() {
        return folder != null;
    }

    /** The embedded store's database file; null for PostgreSQL. */
    Path file() {
        return embedded() ? folder.resolve(STORE_FILE) : null;
    }

    /** The URL with any password masked, fit for logs and messages. */
    public String display() {
        return embedded() ? folder.toString() : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
