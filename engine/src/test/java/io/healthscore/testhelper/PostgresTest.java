package io.healthscore.testhelper;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class (or method) that needs the PostgreSQL server. It runs when PostgreSQL is required
 * (HEALTHSCORE_TEST_POSTGRES=required, as in CI: then an unreachable server fails the test) or reachable;
 * otherwise it is disabled with the reason.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
public @interface PostgresTest {
}
