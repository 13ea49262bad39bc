package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A metric of a campaign's catalogue (数据监控指标库): what goals target and KPI observations
 * measure.
 *
 * <p>A metric with a {@link Rate} is a rate metric: its values are never observed, they are
 * computed from the summed observations of its numerator and denominator. Otherwise its
 * {@linkplain #aggregation() aggregation} follows its unit: counts and money add up, percentages,
 * scores and ratios observed directly do not (the latest observation stands).
 *
 * @param id        the metric's identity
 * @param name      its name for readers, e.g. {@code 线索留资量}; may be blank in a draft
 * @param unit      the unit of its values
 * @param direction which way it improves
 * @param rate      for a rate metric, its numerator and denominator
 * @param rateScale the number of decimals of the percentages computed for it (achievement rate,
 *                  pace and, for a rate metric, its value), 0 to {@value #MAX_RATE_SCALE}; see
 *                  {@link UnitKind#defaultRateScale()}
 * @param revenue   for a return-on-investment metric (ROI, 投入产出比), the money metric of the
 *                  incremental revenue it is the return of: the campaign computes its actual as
 *                  (revenue − the budget's actual spend) × 100 / spend, unless it is observed
 */
@Value.Builder
public record Metric(MetricId id, String name, MetricUnit unit, Direction direction, Optional<Rate> rate,
                     int rateScale, Optional<MetricId> revenue) {

    /** The most decimals a computed percentage is given with. */
    public static final int MAX_RATE_SCALE = 6;

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if a rate metric's unit is not a percentage or a ratio, a
     *                                  return-on-investment metric is not in percent or is also a
     *                                  rate, or the rate scale is out of range
     */
    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Checks.optional(rate, "rate");
        if (rate.isPresent() && unit.kind() != UnitKind.PERCENT && unit.kind() != UnitKind.RATIO) {
            throw InvalidValueException.of(GoalViolation.RATE_UNIT, "unit", unit.kind());
        }
        Checks.optional(revenue, "revenue");
        if (revenue.isPresent() && (unit.kind() != UnitKind.PERCENT || rate.isPresent())) {
            throw InvalidValueException.of(GoalViolation.RETURN_UNIT, "revenue", id, revenue.get());
        }
        if (rateScale < 0 || rateScale > MAX_RATE_SCALE) {
            throw InvalidValueException.of(ValueViolation.OUT_OF_RANGE, "rateScale", rateScale, 0, MAX_RATE_SCALE);
        }
    }

    /**
     * A metric that improves upwards, with the unit's default rate scale.
     *
     * @param id   the identity
     * @param name the name
     * @param unit the unit
     * @return the metric
     */
    public static Metric of(String id, String name, MetricUnit unit) {
        return new Metric(MetricId.of(id), name, unit, Direction.HIGHER_IS_BETTER, Optional.empty(),
                unit.kind().defaultRateScale(), Optional.empty());
    }

    /**
     * A rate metric in percent: the numerator's sum over the denominator's sum, times 100.
     *
     * @param id          the identity
     * @param name        the name, e.g. {@code 线索转化率}
     * @param numerator   the metric counted on top
     * @param denominator the metric counted below
     * @return the metric
     */
    public static Metric rate(String id, String name, MetricId numerator, MetricId denominator) {
        return new Metric(MetricId.of(id), name, MetricUnit.percent(), Direction.HIGHER_IS_BETTER,
                Optional.of(Rate.of(numerator, denominator)), UnitKind.PERCENT.defaultRateScale(), Optional.empty());
    }

    /**
     * A return-on-investment metric in percent (ROI, 投入产出比): (revenue − cost) × 100 / cost, the
     * revenue being the actual of a money metric (增量销售额, tracked on the dashboard or recorded as
     * a goal's result) and the cost the budget's actual spend. Its achievement rates are whole
     * percent, as seed 004 shows them (549.35% of 300% → 183%).
     *
     * @param id      the identity
     * @param name    the name, e.g. {@code ROI}
     * @param revenue the money metric of the incremental revenue
     * @return the metric
     */
    public static Metric returnOnInvestment(String id, String name, MetricId revenue) {
        return new Metric(MetricId.of(id), name, MetricUnit.percent(), Direction.HIGHER_IS_BETTER, Optional.empty(), 0,
                Optional.of(revenue));
    }

    /**
     * A builder for a metric; every component must be set.
     *
     * @return a new builder
     */
    public static MetricBuilder builder() {
        return new MetricBuilder();
    }

    /**
     * This metric with another direction.
     *
     * @param newDirection the direction
     * @return a copy
     */
    public Metric withDirection(Direction newDirection) {
        return new Metric(id, name, unit, newDirection, rate, rateScale, revenue);
    }

    /**
     * This metric with another rate scale.
     *
     * @param newScale the number of decimals of its computed percentages
     * @return a copy
     */
    public Metric withRateScale(int newScale) {
        return new Metric(id, name, unit, direction, rate, newScale, revenue);
    }

    /**
     * How observations of this metric combine over days and channels.
     *
     * @return {@link Aggregation#RATE} for a rate metric, {@link Aggregation#SUM} for counts and
     *         money, {@link Aggregation#LATEST} otherwise
     */
    public Aggregation aggregation() {
        if (rate.isPresent()) {
            return Aggregation.RATE;
        }
        return unit.kind().isAdditive() ? Aggregation.SUM : Aggregation.LATEST;
    }

    /**
     * Whether this metric's actual is computed from a revenue and the budget's spend.
     *
     * @return true for a return-on-investment metric
     */
    public boolean isReturnOnInvestment() {
        return revenue.isPresent();
    }
}
