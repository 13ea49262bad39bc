package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.Labelled;

/**
 * How a metric's observations combine over days and channels, derived from the metric by
 * {@link Metric#aggregation()}.
 */
public enum Aggregation implements Labelled {
    /** Counts and money: summed. */
    SUM,
    /**
     * A rate: the sum of its numerator over the sum of its denominator, never an average of
     * daily or per-channel rates.
     */
    RATE,
    /** Percentages, scores and ratios observed directly: the latest observation stands. */
    LATEST
}
