package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.TaskId;
import java.util.List;

/**
 * The critical part of a schedule as a graph, never as an enumeration of paths (their number can
 * grow exponentially): the critical tasks and the driving dependencies between them, those that
 * set the successor's early date. Every critical path of the schedule runs along it from a task
 * that starts the schedule to one that finishes it.
 *
 * @param tasks        the critical tasks, in the order of the schedule's task list
 * @param dependencies the driving dependencies between critical tasks, in the order of the
 *                     schedule's dependency list
 */
public record CriticalSubgraph(List<TaskId> tasks, List<Dependency> dependencies) {

    /**
     * Checks and copies the lists.
     *
     * @throws NullPointerException if a list or an element is null, naming it
     */
    public CriticalSubgraph {
        tasks = Checks.list(tasks, "tasks");
        dependencies = Checks.list(dependencies, "dependencies");
    }

    /**
     * Whether there is nothing critical.
     *
     * @return true without critical tasks
     */
    public boolean isEmpty() {
        return tasks.isEmpty();
    }
}
