package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * When a dashboard row is in trouble. Conditions are data, combined with {@link AllOf} (every one
 * must hold) or by listing several {@link AlertRule rules} (any one may fire).
 *
 * <p>Each condition reads the row as the dashboard shows it: its achievement rate and its pace,
 * both in percent at the metric's rate scale. The <em>shortfall</em> of a row is how many points
 * it trails its pace: pace − achievement for a target that wants the metric higher; for a
 * cumulative metric that must stay low (a spend), achievement − pace, since using the allowance
 * faster than time passes is the trouble. A level metric (a rate, a score) is expected at its
 * target from the first day of its period: its pace is 100.
 */
public sealed interface AlertCondition {

    /**
     * More than {@code percent}% below the target expected by now (seed 004: 线索量低于目标20%):
     * shortfall × 100 &gt; percent × pace. Before the period starts nothing is expected and
     * nothing fires.
     *
     * @param percent the tolerated relative shortfall, in percent
     * @return the condition
     */
    static AlertCondition belowTarget(BigDecimal percent) {
        return new BelowTarget(percent);
    }

    /**
     * More than {@code points} percentage points behind pace: shortfall &gt; points.
     *
     * @param points the tolerated shortfall, in points
     * @return the condition
     */
    static AlertCondition belowPace(BigDecimal points) {
        return new BelowPace(points);
    }

    /**
     * A rate metric's value below {@code level}, in the metric's unit (seed 004: 转化率低于10%).
     * Rows of other metrics never fire it.
     *
     * @param level the floor
     * @return the condition
     */
    static AlertCondition rateBelow(BigDecimal level) {
        return new RateBelow(level);
    }

    /**
     * Every one of the conditions at once.
     *
     * @param conditions at least one condition
     * @return the condition
     */
    static AlertCondition allOf(AlertCondition... conditions) {
        return new AllOf(List.of(conditions));
    }

    /**
     * More than {@code percent}% below the target expected by now.
     *
     * @param percent the tolerated relative shortfall, in percent, not negative
     */
    record BelowTarget(BigDecimal percent) implements AlertCondition {

        /**
         * Checks the component.
         *
         * @throws NullPointerException     if the percent is null
         * @throws IllegalArgumentException if it is negative
         */
        public BelowTarget {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0) {
                throw InvalidValueException.of(ValueViolation.NEGATIVE, "percent", percent);
            }
        }
    }

    /**
     * More than {@code points} points behind pace.
     *
     * @param points the tolerated shortfall, in percentage points, not negative
     */
    record BelowPace(BigDecimal points) implements AlertCondition {

        /**
         * Checks the component.
         *
         * @throws NullPointerException     if the points are null
         * @throws IllegalArgumentException if they are negative
         */
        public BelowPace {
            Objects.requireNonNull(points, "points");
            if (points.signum() < 0) {
                throw InvalidValueException.of(ValueViolation.NEGATIVE, "points", points);
            }
        }
    }

    /**
     * A rate metric's value below a floor.
     *
     * @param level the floor, in the rate metric's unit
     */
    record RateBelow(BigDecimal level) implements AlertCondition {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if the level is null
         */
        public RateBelow {
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * Every condition at once.
     *
     * @param conditions the conditions, at least one
     */
    record AllOf(List<AlertCondition> conditions) implements AlertCondition {

        /**
         * Checks and copies the conditions.
         *
         * @throws NullPointerException     if the list or a condition is null
         * @throws IllegalArgumentException if there is no condition
         */
        public AllOf {
            conditions = Checks.list(conditions, "conditions");
            if (conditions.isEmpty()) {
                throw InvalidValueException.of(ValueViolation.EMPTY, "conditions");
            }
        }
    }
}
