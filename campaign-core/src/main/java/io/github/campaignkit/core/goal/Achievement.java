package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Achievement rates (达成率): how far an actual has come towards a target, in percent, 100 meaning
 * the target is reached exactly.
 *
 * <p>For a target that wants the metric higher the rate is {@code actual × 100 / level} (seed 004:
 * 6,200,000 reads against 5,000,000 → 124%; 1,530 valid leads against 1,200 → 127.5%); for one
 * that wants it lower it is {@code level × 100 / actual}, so that in both directions more is
 * better and 100 is the line. The division is done once, at the metric's
 * {@linkplain Metric#rateScale() rate scale}, rounding half up. A zero level (or, for a
 * lower-is-better target, a zero actual) is a violation, never an exception.
 */
public final class Achievement {

    private Achievement() {
    }

    /**
     * The achievement rate of an actual against a target level.
     *
     * @param actual    the actual value
     * @param level     the value that counts as reaching the target
     * @param direction which way the target wants the metric to move
     * @param scale     the decimals of the rate
     * @return the rate in percent, or {@link GoalViolation#ACHIEVEMENT_ZERO_TARGET} when the level
     *         is zero or negative, or {@link GoalViolation#ACHIEVEMENT_ZERO_ACTUAL} when a
     *         lower-is-better actual is zero or negative
     */
    public static Either<Violation, BigDecimal> rate(BigDecimal actual, BigDecimal level, Direction direction,
                                                      int scale) {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(direction, "direction");
        if (level.signum() <= 0) {
            return Either.left(Violation.of(GoalViolation.ACHIEVEMENT_ZERO_TARGET, "", level));
        }
        if (direction == Direction.HIGHER_IS_BETTER) {
            return Either.right(Percentages.of(actual, level, scale));
        }
        if (actual.signum() <= 0) {
            return Either.left(Violation.of(GoalViolation.ACHIEVEMENT_ZERO_ACTUAL, "", actual));
        }
        return Either.right(Percentages.of(level, actual, scale));
    }

    /**
     * The achievement rate of an actual against a target of a metric, at the metric's rate scale.
     *
     * @param target   the target
     * @param metric   the metric the target is set on
     * @param baseline the baseline an uplift rises from
     * @param actual   the actual value
     * @return the rate in percent, or the violation that makes it undefined (also
     *         {@link GoalViolation#ACHIEVEMENT_NO_LEVEL} for an uplift without a baseline)
     */
    public static Either<Violation, BigDecimal> of(Target target, Metric metric, Optional<BigDecimal> baseline,
                                                    BigDecimal actual) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(baseline, "baseline");
        Optional<BigDecimal> level = target.level(metric.direction(), baseline);
        if (level.isEmpty()) {
            return Either.left(Violation.of(GoalViolation.ACHIEVEMENT_NO_LEVEL, "target"));
        }
        return rate(actual, level.get(), target.direction(metric.direction()), metric.rateScale());
    }
}
