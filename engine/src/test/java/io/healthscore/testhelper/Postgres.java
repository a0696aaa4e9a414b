package io.healthscore.testhelper;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server tests use: {@code HEALTHSCORE_TEST_PG_URL} (default the local server, database test,
 * user postgres). Each test gets a database of its own, dropped afterwards.
 */
public final class Postgres {
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private Postgres() {
    }

    public static String adminUrl() {
        String url = System.getenv("HEALTHSCORE_TEST_PG_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    /** True when .ci/run (or a developer) says PostgreSQL is expected: its tests then fail rather than skip. */
    public static boolean required() {
        return "required".equalsIgnoreCase(System.getenv("HEALTHSCORE_TEST_POSTGRES"));
    }

    public static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(adminUrl())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates a fresh database and returns its JDBC URL. */
    public static String createDatabase() {
        return create("");
    }

    /**
     * Creates a fresh database whose default collation is the ICU locale {@code icuLocale} (e.g. "en-US"), as on
     * servers set up with a language locale, and returns its JDBC URL.
     */
    public static String createDatabaseCollated(String icuLocale) {
        return create(" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '" + icuLocale + "'");
    }

    private static String create(String options) {
        String name = "healthscore_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name + options);
        return adminUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    public static void dropDatabase(String url) {
        String name = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl() + ": " + e.getMessage(), e);
        }
    }
}
