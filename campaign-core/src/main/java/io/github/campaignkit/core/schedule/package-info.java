/**
 * Time in a campaign: {@link io.github.campaignkit.core.schedule.DateRange date ranges}, the
 * campaign's {@link io.github.campaignkit.core.schedule.Phase phases} (预热期 warm-up, 爆发期 burst,
 * 延续期 continuation), and the execution schedule (执行甘特图).
 *
 * <p>A {@link io.github.campaignkit.core.schedule.WorkingCalendar} says which days are worked
 * (weekdays, user-supplied public holidays, make-up working days 调休) and does working-day
 * arithmetic in constant time. A {@link io.github.campaignkit.core.schedule.Schedule} holds
 * {@link io.github.campaignkit.core.schedule.GanttTask tasks} (0 days for a milestone) and
 * {@link io.github.campaignkit.core.schedule.Dependency dependencies} of the four types with lags,
 * progress as of a status date and a {@link io.github.campaignkit.core.schedule.Baseline}.
 * {@link io.github.campaignkit.core.schedule.Schedule#forecast()} computes it by the critical path
 * method into a {@link io.github.campaignkit.core.schedule.ScheduleForecast}: early and late dates,
 * total and free float, the {@link io.github.campaignkit.core.schedule.CriticalSubgraph critical
 * subgraph}, the finish and the slip against the baseline. The computation runs on int arrays
 * (compressed adjacency, Kahn's order, no recursion) and handles hundreds of thousands of tasks.
 * {@link io.github.campaignkit.core.schedule.ScheduleRules} report every problem of a plan with
 * its path, each group of tasks that wait for each other in a circle with every task of the group.
 *
 * <p>A schedule task refers to a task of the team's task board by its
 * {@link io.github.campaignkit.core.team.TaskId}; its module is plain text for now.
 */
package io.github.campaignkit.core.schedule;
