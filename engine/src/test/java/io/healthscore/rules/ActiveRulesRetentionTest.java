package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unleased replaced sets stay open for the four most recent replacements, for runs planned on them. */
class ActiveRulesRetentionTest {
    @TempDir
    Path temp;

    @Test
    void should_keep_the_four_most_recently_replaced_sets_open_and_close_older_unleased_ones() {
        RuleSetVariants variants = new RuleSetVariants(temp);
        List<RuleSet> sets = new ArrayList<>();
        sets.add(variants.next());
        try (ActiveRules active = new ActiveRules(sets.get(0))) {
            for (int i = 1; i <= 6; i++) {
                sets.add(variants.next());
                active.replace(sets.get(i));
            }

            // current: 6; retained: 5, 4, 3, 2; closed: 1, 0
            assertThat(active.current()).isSameAs(sets.get(6));
            assertThat(sets.subList(2, 7)).noneMatch(RuleSet::isClosed);
            assertThat(sets.subList(0, 2)).allMatch(RuleSet::isClosed);
        }
    }
}
