package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the evaluation (活动效果评估表): 评估维度, 核心指标, 目标值, 实际值, 达成率, 分析说明,
 * 负责人.
 *
 * @param goal        the goal evaluated
 * @param dimension   its dimension
 * @param metric      its metric's id
 * @param metricName  its metric's name, or the id when the metric is not in the catalogue
 * @param unit        its metric's unit, empty when the metric is not in the catalogue
 * @param target      its target
 * @param actual      the actual, empty when none is known
 * @param source      where the actual comes from, empty when there is none; rows stored before
 *                    campaignkit knew sources have none either (their actuals were recorded)
 * @param achievement the achievement rate in percent, empty when it cannot be computed
 * @param attainment  whether the actual meets the target
 * @param analysis    the analysis recorded with the actual, empty when none is
 * @param owner       the goal's owner
 */
@Value.Builder
public record EvaluationRow(GoalId goal, Dimension dimension, MetricId metric, String metricName,
                            Optional<MetricUnit> unit, Optional<Target> target, Optional<BigDecimal> actual,
                            Optional<ActualSource> source, Optional<BigDecimal> achievement, Attainment attainment,
                            String analysis, Optional<MemberId> owner) {

    /**
     * Checks every component.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public EvaluationRow {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(metricName, "metricName");
        Checks.optional(unit, "unit");
        Checks.optional(target, "target");
        Checks.optional(actual, "actual");
        Checks.optional(source, "source");
        Checks.optional(achievement, "achievement");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(analysis, "analysis");
        Checks.optional(owner, "owner");
    }

    /**
     * A builder for a row.
     *
     * @return a new builder
     */
    public static EvaluationRowBuilder builder() {
        return new EvaluationRowBuilder();
    }
}
