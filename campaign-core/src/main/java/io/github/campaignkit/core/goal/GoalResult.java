package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the evaluation (活动效果评估表) records for a goal once the campaign is over: its analysis
 * (分析说明) and, for a metric nobody tracks, the actual it reached (实际值).
 *
 * <p>A goal whose metric the dashboard tracks, or whose actual the campaign computes (a return on
 * investment), takes its actual from the campaign's data ({@code Campaign#evaluation()}): record
 * only the analysis with {@link #ofAnalysis}. A recorded actual that differs from the data's is
 * reported ({@link GoalViolation#RESULT_DISAGREES}), naming both numbers.
 *
 * @param goal     the goal evaluated
 * @param actual   the actual value, in the metric's unit; empty when the campaign's data give it
 * @param analysis why it came out so, e.g. {@code 抖音投放精准，学生群体转发积极}; may be empty, but an
 *                 unmet goal without one is reported by {@link GoalRules#results()}
 */
public record GoalResult(GoalId goal, Optional<BigDecimal> actual, String analysis) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public GoalResult {
        Objects.requireNonNull(goal, "goal");
        Checks.optional(actual, "actual");
        Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * The result of a goal whose metric nobody tracks: its actual, typed.
     *
     * @param goal     the goal
     * @param actual   the actual value
     * @param analysis the analysis
     * @return the result
     */
    public static GoalResult of(GoalId goal, BigDecimal actual, String analysis) {
        Objects.requireNonNull(actual, "actual");
        return new GoalResult(goal, Optional.of(actual), analysis);
    }

    /**
     * The analysis of a goal whose actual the campaign's data give: the dashboard's total of a
     * tracked metric, or a computed return on investment.
     *
     * @param goal     the goal
     * @param analysis the analysis
     * @return the result
     */
    public static GoalResult ofAnalysis(GoalId goal, String analysis) {
        return new GoalResult(goal, Optional.empty(), analysis);
    }
}
