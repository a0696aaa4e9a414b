package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A leased set stays open through any number of reloads, and closes with its last lease once no longer retained. */
class ActiveRulesLeaseTest {
    @TempDir
    Path temp;

    @Test
    void should_keep_a_leased_set_usable_when_it_is_replaced_more_often_than_retained() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        RuleSet first = variants.next();
        try (ActiveRules active = new ActiveRules(first); Lease lease = active.lease()) {
            replaceBeyondRetention(active, variants);

            assertThat(lease.rules()).isSameAs(first);
            assertThat(first.isClosed()).isFalse();
            assertThatCode(() -> first.evaluate(List.of())).doesNotThrowAnyException();
        }
    }

    @Test
    void should_close_a_set_beyond_retention_when_its_last_lease_is_released() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        RuleSet first = variants.next();
        try (ActiveRules active = new ActiveRules(first)) {
            Lease planning = active.lease();
            Lease part = active.lease();
            replaceBeyondRetention(active, variants);

            planning.close();
            planning.close();
            assertThat(first.isClosed()).as("closed while a second lease holds it").isFalse();

            part.close();
            assertThat(first.isClosed()).isTrue();
        }
    }

    @Test
    void should_keep_a_released_set_open_when_it_is_among_the_four_most_recently_replaced() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        RuleSet first = variants.next();
        try (ActiveRules active = new ActiveRules(first)) {
            Lease lease = active.lease();
            active.replace(variants.next());

            lease.close();

            assertThat(first.isClosed()).isFalse();
        }
    }

    private static void replaceBeyondRetention(ActiveRules active, RuleSetVariants variants) {
        for (int i = 0; i <= ActiveRules.RETAINED + 1; i++) {
            assertThat(active.replace(variants.next())).isTrue();
        }
    }
}
