package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the goal breakdown (营销活动目标拆解表): a goal in a dimension, serving an objective,
 * measured by a metric against a target, by a deadline.
 *
 * <p>A goal may be a draft: texts may be blank and target, objective or deadline missing. Such a
 * goal is a valid value; the SMART rules of {@link GoalRules} report what it still lacks, and the
 * campaign cannot leave planning until they pass. Build one with {@link #builder()}.
 *
 * @param id          the goal's identity on its sheet
 * @param objective   the strategic objective it serves
 * @param dimension   its dimension, e.g. {@code 线索获取}
 * @param description 具体目标描述, e.g. {@code 获取潜在客户联系方式}
 * @param metric      the metric it is measured by, from the sheet's catalogue
 * @param target      目标值, in the metric's unit
 * @param baseline    the value before the campaign, which an uplift rises from and which the
 *                    achievability check compares with
 * @param dataSource  数据来源, e.g. {@code 表单系统、CRM系统}
 * @param owner       负责人
 * @param deadline    完成时间节点: the day by which the actual is known
 * @param priority    how much the goal matters next to the others
 * @param notes       备注, e.g. {@code 有效线索定义：联系方式完整+需求明确}; may be empty
 */
@Value.Builder
public record Goal(GoalId id, Optional<ObjectiveId> objective, Dimension dimension, String description,
                   MetricId metric, Optional<Target> target, Optional<BigDecimal> baseline, String dataSource,
                   Optional<MemberId> owner, Optional<LocalDate> deadline, Priority priority, String notes) {

    /**
     * Checks every component.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Goal {
        Objects.requireNonNull(id, "id");
        Checks.optional(objective, "objective");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(metric, "metric");
        Checks.optional(target, "target");
        Checks.optional(baseline, "baseline");
        Objects.requireNonNull(dataSource, "dataSource");
        Checks.optional(owner, "owner");
        Checks.optional(deadline, "deadline");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(notes, "notes");
    }

    /**
     * A builder for a goal; id, dimension, description, metric, data source, priority and notes
     * must be set.
     *
     * @return a new builder
     */
    public static GoalBuilder builder() {
        return new GoalBuilder();
    }

    /**
     * A builder that starts from this goal, to change a few components.
     *
     * @return a builder holding every component of this goal
     */
    public GoalBuilder toBuilder() {
        return new GoalBuilder().from(this);
    }

    /**
     * This goal with another target.
     *
     * @param newTarget the target
     * @return a copy
     */
    public Goal withTarget(Target newTarget) {
        return toBuilder().target(newTarget).build();
    }

    /**
     * This goal with another deadline.
     *
     * @param newDeadline the deadline
     * @return a copy
     */
    public Goal withDeadline(LocalDate newDeadline) {
        return toBuilder().deadline(newDeadline).build();
    }

    /**
     * This goal with another description.
     *
     * @param newDescription the description
     * @return a copy
     */
    public Goal withDescription(String newDescription) {
        return toBuilder().description(newDescription).build();
    }
}
