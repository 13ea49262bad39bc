package io.github.campaignkit.core.goal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The actual a goal reached (实际值), with its analysis (分析说明), as the evaluation
 * (活动效果评估表) records it once the campaign is over.
 *
 * @param goal     the goal evaluated
 * @param actual   the actual value, in the metric's unit
 * @param analysis why it came out so, e.g. {@code 抖音投放精准，学生群体转发积极}; may be empty, but an
 *                 unmet goal without one is reported by {@link GoalRules#results()}
 */
public record GoalResult(GoalId goal, BigDecimal actual, String analysis) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public GoalResult {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * The result of a goal.
     *
     * @param goal     the goal
     * @param actual   the actual value
     * @param analysis the analysis
     * @return the result
     */
    public static GoalResult of(GoalId goal, BigDecimal actual, String analysis) {
        return new GoalResult(goal, actual, analysis);
    }
}
