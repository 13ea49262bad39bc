package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.Labelled;

/**
 * The five letters of SMART, each checked by its own rule of {@link GoalRules} and reported with
 * its own {@linkplain GoalViolation codes}.
 */
public enum SmartLetter implements Labelled {
    /** 具体: the metric and the dimension are named and the goal is described. */
    SPECIFIC,
    /** 可衡量: a numeric target in the metric's unit, and a data source to measure it from. */
    MEASURABLE,
    /** 可实现: the target is not far beyond the baseline. */
    ACHIEVABLE,
    /** 相关性: the goal serves a strategic objective. */
    RELEVANT,
    /** 时限: a deadline, not before the campaign starts and not too long after it ends. */
    TIME_BOUND;

    /**
     * The letter itself: S, M, A, R or T.
     *
     * @return the initial
     */
    public char initial() {
        return name().charAt(0);
    }
}
