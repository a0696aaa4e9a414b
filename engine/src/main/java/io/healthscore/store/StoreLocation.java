package io.healthscore.store;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where assessments live: a folder for the embedded H2 store (default {@code ./data}) or a PostgreSQL JDBC URL.
 * {@code folder} is the embedded store's folder and null for PostgreSQL.
 */
public record StoreLocation(String jdbcUrl, Path folder) {
    public static final String DEFAULT = "./data";
    static final String H2_FILE = "healthscore";
    /** A scheme such as postgresql:// is a URL typed without jdbc:, never a folder name. */
    private static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

    public static StoreLocation parse(String text) {
        String value = text == null || text.isBlank() ? DEFAULT : text.trim();
        if (value.startsWith("jdbc:") || URL_SCHEME.matcher(value).lookingAt()) {
            Dialect.of(value);
            return new StoreLocation(value, null);
        }
        Path folder = Path.of(value).toAbsolutePath().normalize();
        return new StoreLocation("jdbc:h2:file:" + folder.resolve(H2_FILE) + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0", folder);
    }

    public Dialect dialect() {
        return Dialect.of(jdbcUrl);
    }

    public boolean embedded() {
        return folder != null;
    }

    /** The URL with any password masked, fit for logs and messages. */
    public String display() {
        return embedded() ? folder.toString() : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
