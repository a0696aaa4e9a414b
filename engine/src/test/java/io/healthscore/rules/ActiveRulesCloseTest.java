package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the active rules closes every set still open, leased or not. */
class ActiveRulesCloseTest {
    @TempDir
    Path temp;

    @Test
    void should_close_every_open_set_when_closed_even_a_leased_one() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        RuleSet replaced = variants.next();
        RuleSet current = variants.next();
        ActiveRules active = new ActiveRules(replaced);
        Lease lease = active.lease();
        active.replace(current);

        active.close();

        assertThat(replaced.isClosed()).isTrue();
        assertThat(current.isClosed()).isTrue();
        lease.close();
    }

    @Test
    void should_refuse_leases_and_close_next_when_used_after_close() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        ActiveRules active = new ActiveRules(variants.next());
        RuleSet next = variants.next();
        active.close();

        assertThatThrownBy(active::lease).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> active.replace(next)).isInstanceOf(IllegalStateException.class);
        assertThat(next.isClosed()).isTrue();
    }
}
