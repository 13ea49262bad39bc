package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.WorkingCalendar;
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
 * <p>The deadline (完成时间节点) is a day, or, as the seeds write it, a number of working days after
 * the campaign's last day ("活动结束后3个工作日"): {@link #deadlineOn} gives the day on the campaign's
 * calendar, so it moves with the window and skips public holidays. A goal has one or the other.
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
 * @param deadlineWorkingDaysAfterEnd 完成时间节点 as working days after the campaign's last day,
 *                    instead of a day; 0 is the last day itself
 * @param priority    how much the goal matters next to the others
 * @param notes       备注, e.g. {@code 有效线索定义：联系方式完整+需求明确}; may be empty
 */
@Value.Builder
public record Goal(GoalId id, Optional<ObjectiveId> objective, Dimension dimension, String description,
                   MetricId metric, Optional<Target> target, Optional<BigDecimal> baseline, String dataSource,
                   Optional<MemberId> owner, Optional<LocalDate> deadline, Optional<Integer> deadlineWorkingDaysAfterEnd,
                   Priority priority, String notes) {

    /**
     * Checks every component.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if both a deadline day and working days after the end are
     *                                  given, or the working days are negative
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
        Checks.optional(deadlineWorkingDaysAfterEnd, "deadlineWorkingDaysAfterEnd");
        if (deadline.isPresent() && deadlineWorkingDaysAfterEnd.isPresent()) {
            throw InvalidValueException.of(GoalViolation.TWO_DEADLINES, "deadlineWorkingDaysAfterEnd", deadline.get(),
                    deadlineWorkingDaysAfterEnd.get());
        }
        if (deadlineWorkingDaysAfterEnd.isPresent() && deadlineWorkingDaysAfterEnd.get() < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "deadlineWorkingDaysAfterEnd",
                    deadlineWorkingDaysAfterEnd.get());
        }
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
     * This goal with another deadline day (and no deadline in working days after the end).
     *
     * @param newDeadline the deadline
     * @return a copy
     */
    public Goal withDeadline(LocalDate newDeadline) {
        return toBuilder().deadline(newDeadline).deadlineWorkingDaysAfterEnd(Optional.empty()).build();
    }

    /**
     * This goal due a number of working days after the campaign's last day, as the seeds' goal
     * tables write it ("活动结束后3个工作日" is {@code withDeadlineAfterEnd(3)}); no deadline day.
     *
     * @param workingDays the working days after the last day, 0 for the last day itself
     * @return a copy
     * @throws IllegalArgumentException if the working days are negative
     */
    public Goal withDeadlineAfterEnd(int workingDays) {
        return toBuilder().deadline(Optional.empty()).deadlineWorkingDaysAfterEnd(workingDays).build();
    }

    /**
     * The deadline day of this goal for a campaign: its deadline day, or its working days after the
     * window's last day counted on the calendar (seed 004's 线索获取, 1 working day after Saturday
     * 2024-08-10, is Monday 08-12 on a Monday-to-Friday calendar).
     *
     * @param window   the campaign's window
     * @param calendar the campaign's working calendar
     * @return the day, empty for a goal without a deadline
     * @throws IllegalArgumentException if the calendar does not cover the days counted
     */
    public Optional<LocalDate> deadlineOn(DateRange window, WorkingCalendar calendar) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(calendar, "calendar");
        return deadline.isPresent() ? deadline
                : deadlineWorkingDaysAfterEnd.map(days -> calendar.plusWorkingDays(window.end(), days));
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
