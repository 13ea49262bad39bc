package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.InvalidValueException;
import java.util.Objects;

/**
 * What a rate metric is the rate of: its numerator and its denominator, two additive metrics of
 * the same sheet (conversion = orders / consultations). A rate is always computed from the summed
 * numerator over the summed denominator, never by averaging daily or per-channel rates.
 *
 * @param numerator   the metric counted on top
 * @param denominator the metric counted below, not the numerator
 */
public record Rate(MetricId numerator, MetricId denominator) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if numerator and denominator are the same metric
     */
    public Rate {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (numerator.equals(denominator)) {
            throw InvalidValueException.of(GoalViolation.RATE_TERMS, "denominator", numerator);
        }
    }

    /**
     * The rate of the numerator over the denominator.
     *
     * @param numerator   the metric counted on top
     * @param denominator the metric counted below
     * @return the rate
     */
    public static Rate of(MetricId numerator, MetricId denominator) {
        return new Rate(numerator, denominator);
    }
}
