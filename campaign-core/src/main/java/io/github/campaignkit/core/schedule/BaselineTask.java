package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of one task as saved in a {@link Baseline}.
 *
 * @param task   the task
 * @param start  its planned start
 * @param finish its planned finish, not before the start
 */
public record BaselineTask(TaskId task, LocalDate start, LocalDate finish) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the finish is before the start
     */
    public BaselineTask {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
        if (finish.isBefore(start)) {
            throw InvalidValueException.of(ValueViolation.BEFORE, "finish", finish, "start", start);
        }
    }

    /**
     * The saved dates of a task.
     *
     * @param task   the task
     * @param start  its planned start
     * @param finish its planned finish
     * @return the baseline entry
     */
    public static BaselineTask of(TaskId task, LocalDate start, LocalDate finish) {
        return new BaselineTask(task, start, finish);
    }
}
