package io.github.campaignkit.core.goal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal's target value (目标值), in the unit of its metric: at least x ({@code 线索量2000+}), at
 * most x, between a and b, or an uplift of p% over a baseline ({@code 搜索量增长30%}).
 *
 * <p>Targets are plain values: a draft may hold a range whose minimum exceeds its maximum, or a
 * zero target; {@link GoalRules#measurable()} reports them. A target is compared with an actual
 * through its {@linkplain #level level}, the value that counts as reaching it, and its
 * {@linkplain #direction direction}; see {@link Achievement}.
 */
public sealed interface Target {

    /**
     * Which way this target wants the metric to move.
     *
     * @param metricDirection the metric's own direction, which a range and an uplift of zero follow
     * @return higher for at least and a positive uplift, lower for at most and a negative uplift
     */
    Direction direction(Direction metricDirection);

    /**
     * The value that counts as reaching this target: x for at least and at most, the minimum of a
     * range for a metric that improves upwards (the maximum otherwise), the baseline raised by the
     * uplift.
     *
     * @param metricDirection the metric's direction
     * @param baseline        the goal's baseline, which an uplift needs
     * @return the level, empty for an uplift without a baseline
     */
    Optional<BigDecimal> level(Direction metricDirection, Optional<BigDecimal> baseline);

    /**
     * Whether an actual value meets this target.
     *
     * @param actual          the actual value
     * @param metricDirection the metric's direction
     * @param baseline        the goal's baseline, which an uplift needs
     * @return met or not met, unknown for an uplift without a baseline
     */
    default Attainment attainment(BigDecimal actual, Direction metricDirection, Optional<BigDecimal> baseline) {
        Objects.requireNonNull(actual, "actual");
        Optional<BigDecimal> level = level(metricDirection, baseline);
        if (level.isEmpty()) {
            return Attainment.UNKNOWN;
        }
        int c = actual.compareTo(level.get());
        boolean met = direction(metricDirection) == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
        return met ? Attainment.MET : Attainment.NOT_MET;
    }

    /**
     * At least x (≥ x, {@code 2000+}).
     *
     * @param value x
     * @return the target
     */
    static Target atLeast(BigDecimal value) {
        return new AtLeast(value);
    }

    /**
     * At most x (≤ x).
     *
     * @param value x
     * @return the target
     */
    static Target atMost(BigDecimal value) {
        return new AtMost(value);
    }

    /**
     * Between a and b, both included.
     *
     * @param min a
     * @param max b
     * @return the target
     */
    static Target between(BigDecimal min, BigDecimal max) {
        return new Between(min, max);
    }

    /**
     * An uplift of p% over the goal's baseline.
     *
     * @param percent p, e.g. 30 for +30%; negative for a reduction
     * @return the target
     */
    static Target uplift(BigDecimal percent) {
        return new Uplift(percent);
    }

    /**
     * At least x.
     *
     * @param value x
     */
    record AtLeast(BigDecimal value) implements Target {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if the value is null
         */
        public AtLeast {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Direction direction(Direction metricDirection) {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Optional<BigDecimal> level(Direction metricDirection, Optional<BigDecimal> baseline) {
            return Optional.of(value);
        }
    }

    /**
     * At most x.
     *
     * @param value x
     */
    record AtMost(BigDecimal value) implements Target {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if the value is null
         */
        public AtMost {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Direction direction(Direction metricDirection) {
            return Direction.LOWER_IS_BETTER;
        }

        @Override
        public Optional<BigDecimal> level(Direction metricDirection, Optional<BigDecimal> baseline) {
            return Optional.of(value);
        }
    }

    /**
     * Between a and b, both included. A draft may have {@code min > max};
     * {@link GoalRules#measurable()} reports it.
     *
     * @param min a
     * @param max b
     */
    record Between(BigDecimal min, BigDecimal max) implements Target {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Between {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }

        @Override
        public Direction direction(Direction metricDirection) {
            return Objects.requireNonNull(metricDirection, "metricDirection");
        }

        @Override
        public Optional<BigDecimal> level(Direction metricDirection, Optional<BigDecimal> baseline) {
            return Optional.of(direction(metricDirection) == Direction.HIGHER_IS_BETTER ? min : max);
        }

        @Override
        public Attainment attainment(BigDecimal actual, Direction metricDirection, Optional<BigDecimal> baseline) {
            Objects.requireNonNull(actual, "actual");
            return actual.compareTo(min) >= 0 && actual.compareTo(max) <= 0 ? Attainment.MET : Attainment.NOT_MET;
        }
    }

    /**
     * An uplift of p% over the goal's baseline: the level is baseline × (100 + p) / 100.
     *
     * @param percent p, negative for a reduction
     */
    record Uplift(BigDecimal percent) implements Target {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if the percent is null
         */
        public Uplift {
            Objects.requireNonNull(percent, "percent");
        }

        @Override
        public Direction direction(Direction metricDirection) {
            int sign = percent.signum();
            return sign == 0 ? Objects.requireNonNull(metricDirection, "metricDirection")
                    : sign > 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        }

        @Override
        public Optional<BigDecimal> level(Direction metricDirection, Optional<BigDecimal> baseline) {
            return baseline.map(b -> b.multiply(BigDecimal.valueOf(100).add(percent)).movePointLeft(2));
        }
    }
}
