package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.team.TaskId;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A predecessor (前置任务) and how its successor depends on it, with a lag in working days of the
 * schedule's calendar: positive to wait, negative to overlap.
 *
 * @param predecessor the task depended on
 * @param successor   the task that waits
 * @param type        finish-to-start, start-to-start, finish-to-finish or start-to-finish
 * @param lag         working days between the two, negative for a lead
 */
@Value.Builder
public record Dependency(TaskId predecessor, TaskId successor, DependencyType type, int lag) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Dependency {
        Objects.requireNonNull(predecessor, "predecessor");
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(type, "type");
    }

    /**
     * The dependency of the given type with the given lag.
     *
     * @param predecessor the task depended on
     * @param successor   the task that waits
     * @param type        the type
     * @param lag         the lag in working days
     * @return the dependency
     */
    public static Dependency of(TaskId predecessor, TaskId successor, DependencyType type, int lag) {
        return new Dependency(predecessor, successor, type, lag);
    }

    /**
     * {@code successor} starts after {@code predecessor} finishes, without lag.
     *
     * @param predecessor the task depended on
     * @param successor   the task that waits
     * @return the dependency
     */
    public static Dependency finishToStart(TaskId predecessor, TaskId successor) {
        return new Dependency(predecessor, successor, DependencyType.FINISH_TO_START, 0);
    }

    /**
     * {@code successor} starts no earlier than {@code predecessor}, without lag.
     *
     * @param predecessor the task depended on
     * @param successor   the task that waits
     * @return the dependency
     */
    public static Dependency startToStart(TaskId predecessor, TaskId successor) {
        return new Dependency(predecessor, successor, DependencyType.START_TO_START, 0);
    }

    /**
     * {@code successor} finishes no earlier than {@code predecessor}, without lag.
     *
     * @param predecessor the task depended on
     * @param successor   the task that waits
     * @return the dependency
     */
    public static Dependency finishToFinish(TaskId predecessor, TaskId successor) {
        return new Dependency(predecessor, successor, DependencyType.FINISH_TO_FINISH, 0);
    }

    /**
     * {@code successor} finishes no earlier than {@code predecessor} starts, without lag.
     *
     * @param predecessor the task depended on
     * @param successor   the task that waits
     * @return the dependency
     */
    public static Dependency startToFinish(TaskId predecessor, TaskId successor) {
        return new Dependency(predecessor, successor, DependencyType.START_TO_FINISH, 0);
    }

    /**
     * A builder for a dependency (finish-to-start without lag unless set).
     *
     * @return a new builder
     */
    public static DependencyBuilder builder() {
        return new DependencyBuilder().type(DependencyType.FINISH_TO_START).lag(0);
    }

    /**
     * This dependency with another lag.
     *
     * @param days the lag in working days, negative for a lead
     * @return a copy
     */
    public Dependency withLag(int days) {
        return new Dependency(predecessor, successor, type, days);
    }

    @Override
    public String toString() {
        return predecessor + " " + type.abbreviation() + (lag == 0 ? "" : lag > 0 ? "+" + lag : "" + lag) + " "
                + successor;
    }
}
