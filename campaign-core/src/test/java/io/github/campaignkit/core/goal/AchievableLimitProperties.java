package io.github.campaignkit.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * SMART "achievable" compares a target's distance from its baseline with the policy's bound on the
 * unrounded percentage: a target 50.04 % above its baseline is beyond a 50 % bound, although the
 * message shows 50.0 %.
 */
class AchievableLimitProperties {

    private static boolean beyond(long baseline, long target, int bound) {
        Goal leads = Seed004Kpi.goals().goals().get(1).toBuilder()
                .target(Target.atLeast(BigDecimal.valueOf(target))).baseline(BigDecimal.valueOf(baseline)).build();
        GoalSheet sheet = Seed004Kpi.goals().withGoal(leads);
        return GoalRules.achievable(SmartPolicy.defaults().withMaxUpliftPercent(BigDecimal.valueOf(bound))).check(sheet)
                .map(Violation::code).contains("goal.achievable.far-beyond-baseline");
    }

    @Property(tries = 300)
    void theBoundIsComparedOnTheUnroundedDistance(@ForAll @IntRange(min = 1, max = 10_000_000) int baseline,
                                                  @ForAll @IntRange(min = 1, max = 30_000_000) int target,
                                                  @ForAll @IntRange(min = 0, max = 300) int bound) {
        boolean expected = BigDecimal.valueOf(Math.abs((long) target - baseline)).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf((long) bound * baseline)) > 0;
        assertThat(beyond(baseline, target, bound)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void oneUnitEitherSideOfTheBoundDecides(@ForAll @IntRange(min = 1_000, max = 1_000_000) int unit,
                                            @ForAll @IntRange(min = 1, max = 200) int bound,
                                            @ForAll @IntRange(min = -1, max = 1) int step) {
        // baseline 100·unit; exactly bound % above it at 100·unit + bound·unit
        long baseline = 100L * unit;
        long atBound = baseline + (long) bound * unit;
        assertThat(beyond(baseline, atBound + step, bound)).isEqualTo(step > 0);
    }
}
