package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run recorded with a rules hash leases that very set, as long as this process still holds it. */
class ActiveRulesLeaseByHashTest {
    @TempDir
    Path temp;

    @Test
    void should_lease_a_replaced_set_when_asked_for_its_hash() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        RuleSet planned = variants.next();
        try (ActiveRules active = new ActiveRules(planned)) {
            active.replace(variants.next());
            active.replace(variants.next());

            Optional<Lease> lease = active.lease(planned.hash());

            assertThat(lease).isPresent();
            assertThat(lease.get().rules()).isSameAs(planned);
            lease.get().close();
        }
    }

    @Test
    void should_lease_the_current_set_when_asked_for_its_hash() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        try (ActiveRules active = new ActiveRules(variants.next())) {
            active.replace(variants.next());

            try (Lease lease = active.lease(active.current().hash()).orElseThrow()) {
                assertThat(lease.rules()).isSameAs(active.current());
            }
        }
    }

    @Test
    void should_find_nothing_when_no_open_set_has_the_hash() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        RuleSet closedLongAgo = variants.next();
        try (ActiveRules active = new ActiveRules(closedLongAgo)) {
            for (int i = 0; i <= ActiveRules.RETAINED; i++) {
                active.replace(variants.next());
            }

            assertThat(active.lease("0".repeat(64))).isEmpty();
            assertThat(active.lease(closedLongAgo.hash())).isEmpty();
            assertThat(active.lease(closedLongAgo.shortHash())).as("a short hash is not a hash").isEmpty();
        }
    }
}
