package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.Labelled;

/** What a metric's values count. See {@link MetricUnit}. */
public enum UnitKind implements Labelled {
    /** A number of things: reads, leads, orders, members. Never negative, never fractional. */
    COUNT,
    /** An amount of money in the unit's currency. */
    CURRENCY,
    /** A percentage: 15 means 15%. */
    PERCENT,
    /** A score on a scale, such as a satisfaction survey's 0–100. */
    SCORE,
    /** A plain ratio: 0.15 means fifteen hundredths. */
    RATIO;

    /**
     * Whether values of this kind add up over days and channels (counts and money do; percentages,
     * scores and ratios do not).
     *
     * @return true for {@link #COUNT} and {@link #CURRENCY}
     */
    public boolean isAdditive() {
        return this == COUNT || this == CURRENCY;
    }

    /**
     * The number of decimals achievement rates of a metric in this unit are given with unless the
     * metric says otherwise: 1 (42.5%, 127.5%, 83.3%), except 0 for a {@link #SCORE}, because a
     * survey score from a sample does not carry a tenth of a percent (seed 004 reports 92 against
     * 85 points as 108%).
     *
     * @return the default scale
     */
    public int defaultRateScale() {
        return this == SCORE ? 0 : 1;
    }
}
