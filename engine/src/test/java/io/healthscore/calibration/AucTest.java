package io.healthscore.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AucTest {
    private static long[] at(int... scores) {
        long[] counts = new long[101];
        for (int score : scores) {
            counts[score]++;
        }
        return counts;
    }

    @Test
    void should_be_one_when_every_churned_score_is_below_every_other() {
        Auc auc = Auc.of(at(5, 10, 15, 20, 25), at(30, 40, 50, 60, 70));

        assertThat(auc.value()).isEqualTo(1.0);
        assertThat(auc.tooFew()).isFalse();
    }

    @Test
    void should_be_zero_when_churned_scores_are_all_higher() {
        assertThat(Auc.of(at(90, 91, 92, 93, 94), at(1, 2, 3, 4, 5)).value()).isZero();
    }

    @Test
    void should_count_a_tie_as_half_when_scores_are_equal() {
        assertThat(Auc.of(at(50, 50, 50, 50, 50), at(50, 50, 50, 50, 50)).value()).isEqualTo(0.5);
    }

    @Test
    void should_match_the_mann_whitney_count_when_rankings_overlap() {
        // churned 10, 20, 30 against 20, 40: wins 2 + (0.5 + 1) + 1 = 4.5 of 6 pairs
        Auc auc = Auc.of(at(10, 20, 30), at(20, 40));

        assertThat(auc.value()).isCloseTo(0.75, within(1e-12));
        assertThat(auc.tooFew()).isTrue();
        assertThat(auc.describe()).isEqualTo("too few: 3 churned, 2 not churned (5 of each needed)");
    }
}
