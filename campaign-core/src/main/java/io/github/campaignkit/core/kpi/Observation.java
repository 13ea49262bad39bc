package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.MetricId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One observed value: a metric's result through a channel on a day, and where it was read from
 * (抖音 线索留资量 120 on 2024-08-04 from the 抖音后台, for example).
 *
 * <p>The value is in the metric's unit; whether it fits that unit (a count is never negative nor
 * fractional) and whether the metric is known depends on the catalogue, so it is checked by
 * {@link KpiTracking#record} and {@link KpiRules}, not here. There is at most one observation per
 * metric, channel and date: a second one is a violation, never an overwrite.
 *
 * @param metric  the metric observed, never a rate metric (observe its numerator and denominator)
 * @param channel the channel
 * @param date    the day the value belongs to
 * @param value   the value, in the metric's unit
 * @param source  where it was read from (数据来源), e.g. {@code 抖音后台}
 */
@Value.Builder
public record Observation(MetricId metric, Channel channel, LocalDate date, BigDecimal value, String source) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Observation {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /**
     * An observation.
     *
     * @param metric  the metric
     * @param channel the channel
     * @param date    the day
     * @param value   the value
     * @param source  where it was read from
     * @return the observation
     */
    public static Observation of(MetricId metric, Channel channel, LocalDate date, BigDecimal value, String source) {
        return new Observation(metric, channel, date, value, source);
    }

    /**
     * A builder for an observation; every component must be set.
     *
     * @return a new builder
     */
    public static ObservationBuilder builder() {
        return new ObservationBuilder();
    }
}
