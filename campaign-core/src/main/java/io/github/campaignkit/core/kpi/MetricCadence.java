package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.MetricId;
import java.util.Objects;

/**
 * The cadence a metric is observed at, in every channel.
 *
 * @param metric  the metric
 * @param cadence how often it is observed
 */
public record MetricCadence(MetricId metric, Cadence cadence) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public MetricCadence {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(cadence, "cadence");
    }

    /**
     * The cadence of a metric.
     *
     * @param metric  the metric
     * @param cadence how often it is observed
     * @return the value
     */
    public static MetricCadence of(MetricId metric, Cadence cadence) {
        return new MetricCadence(metric, cadence);
    }
}
