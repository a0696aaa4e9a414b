package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing the active set: a new hash becomes current, the same hash changes nothing. */
class ActiveRulesReplaceTest {
    @TempDir
    Path temp;

    @Test
    void should_make_next_current_and_keep_the_replaced_set_open_when_its_hash_differs() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        RuleSet first = variants.next();
        RuleSet next = variants.next();
        try (ActiveRules active = new ActiveRules(first)) {
            assertThat(active.replace(next)).isTrue();

            assertThat(active.current()).isSameAs(next);
            assertThat(first.isClosed()).isFalse();
        }
    }

    @Test
    void should_close_next_and_keep_the_current_set_when_next_has_the_current_hash() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        RuleSet current = variants.next();
        RuleSet sameRules = variants.again();
        try (ActiveRules active = new ActiveRules(current)) {
            assertThat(active.replace(sameRules)).isFalse();

            assertThat(active.current()).isSameAs(current);
            assertThat(current.isClosed()).isFalse();
            assertThat(sameRules.isClosed()).isTrue();
        }
    }

    @Test
    void should_change_nothing_when_the_current_set_itself_is_passed_again() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        RuleSet current = variants.next();
        try (ActiveRules active = new ActiveRules(current)) {
            assertThat(active.replace(current)).isFalse();

            assertThat(current.isClosed()).isFalse();
        }
    }
}
