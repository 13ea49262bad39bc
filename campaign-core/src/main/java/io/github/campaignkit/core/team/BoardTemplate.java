package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A task board kept for the next campaign ({@link TaskBoard#template}): its tasks without dates,
 * statuses or histories, and its RACI matrix.
 *
 * @param tasks the tasks, in the board's order
 * @param raci  the RACI matrix
 */
public record BoardTemplate(List<TaskTemplate> tasks, RaciMatrix raci) {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or a task is null, naming it
     */
    public BoardTemplate {
        tasks = Checks.list(tasks, "tasks");
        Objects.requireNonNull(raci, "raci");
    }

    /**
     * The board of the next campaign: every task dated from the anchor and not started, the same
     * RACI matrix.
     *
     * @param anchor the day the tasks' offsets count from, normally the new window's first day
     * @return the board
     */
    public TaskBoard dated(LocalDate anchor) {
        Objects.requireNonNull(anchor, "anchor");
        List<Task> dated = new ArrayList<>();
        for (TaskTemplate task : tasks) {
            dated.add(task.dated(anchor));
        }
        return new TaskBoard(dated, raci);
    }
}
