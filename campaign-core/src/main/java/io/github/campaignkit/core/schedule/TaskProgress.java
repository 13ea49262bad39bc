package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What has happened to one task as of the schedule's status date: not started, started on a day
 * with a percentage done, or finished on a day.
 *
 * <p>A started task that is not finished keeps {@code ceil(duration × (100 − percent) / 100)}
 * working days of work (at least one), resumed after the status date.
 *
 * @param task            the task
 * @param actualStart     the day work started, when it has
 * @param actualFinish    the day work finished, when it has; then {@code actualStart} is present,
 *                        not after it, and {@code percentComplete} is 100
 * @param percentComplete 0 to 100; above 0 only once started, 100 exactly when finished
 */
@Value.Builder
public record TaskProgress(TaskId task, Optional<LocalDate> actualStart, Optional<LocalDate> actualFinish,
                           int percentComplete) {

    /**
     * Checks the components and their agreement.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the percentage is outside 0–100, a finish has no start or
     *                                  comes before it, a started task is 100% done without a
     *                                  finish, or a task not started has a percentage
     */
    public TaskProgress {
        Objects.requireNonNull(task, "task");
        Checks.optional(actualStart, "actualStart");
        Checks.optional(actualFinish, "actualFinish");
        if (percentComplete < 0 || percentComplete > 100) {
            throw InvalidValueException.of(ValueViolation.OUT_OF_RANGE, "percentComplete", percentComplete, 0, 100);
        }
        if (actualFinish.isPresent()) {
            if (actualStart.isEmpty()) {
                throw InvalidValueException.of(ScheduleViolation.FINISH_WITHOUT_START, "actualStart");
            }
            if (actualFinish.get().isBefore(actualStart.get())) {
                throw InvalidValueException.of(ValueViolation.BEFORE, "actualFinish", actualFinish.get(), "actualStart", actualStart.get());
            }
            if (percentComplete != 100) {
                throw InvalidValueException.of(ScheduleViolation.FINISHED_PERCENT, "percentComplete", percentComplete);
            }
        } else if (percentComplete == 100) {
            throw InvalidValueException.of(ScheduleViolation.COMPLETE_WITHOUT_FINISH, "percentComplete");
        } else if (actualStart.isEmpty() && percentComplete != 0) {
            throw InvalidValueException.of(ScheduleViolation.UNSTARTED_PERCENT, "percentComplete", percentComplete);
        }
    }

    /**
     * A task not started yet.
     *
     * @param task the task
     * @return the progress
     */
    public static TaskProgress notStarted(TaskId task) {
        return new TaskProgress(task, Optional.empty(), Optional.empty(), 0);
    }

    /**
     * A task started on a day and the given percentage done.
     *
     * @param task    the task
     * @param start   the day it started
     * @param percent the percentage done, 0 to 99
     * @return the progress
     */
    public static TaskProgress started(TaskId task, LocalDate start, int percent) {
        return new TaskProgress(task, Optional.of(start), Optional.empty(), percent);
    }

    /**
     * A task started and finished on the given days.
     *
     * @param task   the task
     * @param start  the day it started
     * @param finish the day it finished
     * @return the progress
     */
    public static TaskProgress finished(TaskId task, LocalDate start, LocalDate finish) {
        return new TaskProgress(task, Optional.of(start), Optional.of(finish), 100);
    }

    /**
     * Whether the task has finished.
     *
     * @return true when an actual finish is recorded
     */
    public boolean isFinished() {
        return actualFinish.isPresent();
    }

    /**
     * Whether the task has started (finished or not).
     *
     * @return true when an actual start is recorded
     */
    public boolean isStarted() {
        return actualStart.isPresent();
    }
}
