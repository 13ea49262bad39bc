package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The computed dates of one task: early dates (as soon as its predecessors allow), late dates (as
 * late as it can be without delaying the finish or missing a deadline), floats in working days of
 * the task's calendar, and, against a baseline, the slip.
 *
 * <p>A finished task keeps its actual dates as both early and late dates, with no float, and is
 * never critical. A started task keeps its actual start as both early and late start.
 *
 * @param task        the task
 * @param earlyStart  the earliest start
 * @param earlyFinish the earliest finish: its last working day (for a milestone, its day)
 * @param lateStart   the latest start
 * @param lateFinish  the latest finish
 * @param totalFloat  working days the task can slip without delaying the finish or missing a
 *                    deadline; negative when a deadline cannot be met
 * @param freeFloat   working days the task can slip without delaying any successor
 * @param critical    whether the task is critical: not finished and a total float of 0 or less
 * @param state       not started, in progress, done or delayed
 * @param finishSlip  working days the early finish lies after the baseline finish (negative when
 *                    ahead), when the baseline has the task
 */
@Value.Builder
public record TaskForecast(TaskId task, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart,
                           LocalDate lateFinish, int totalFloat, int freeFloat, boolean critical, TaskState state,
                           Optional<Integer> finishSlip) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public TaskForecast {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(earlyStart, "earlyStart");
        Objects.requireNonNull(earlyFinish, "earlyFinish");
        Objects.requireNonNull(lateStart, "lateStart");
        Objects.requireNonNull(lateFinish, "lateFinish");
        Objects.requireNonNull(state, "state");
        Checks.optional(finishSlip, "finishSlip");
    }

    /**
     * A builder for a task forecast.
     *
     * @return a new builder
     */
    public static TaskForecastBuilder builder() {
        return new TaskForecastBuilder();
    }

    /**
     * The early dates as a range.
     *
     * @return {@code earlyStart…earlyFinish}
     */
    public DateRange early() {
        return DateRange.of(earlyStart, earlyFinish);
    }

    /**
     * Whether the task is flagged as delayed.
     *
     * @return true in state {@link TaskState#DELAYED}
     */
    public boolean isDelayed() {
        return state == TaskState.DELAYED;
    }
}
