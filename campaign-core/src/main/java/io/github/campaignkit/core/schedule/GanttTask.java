package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the execution Gantt chart (执行甘特图): a piece of work with a duration in working
 * days, or a milestone (关键节点) when the duration is 0.
 *
 * <p>The task refers to the task board by its {@link TaskId}; it keeps its own name, module and
 * owner so that a schedule stands on its own. A task may be a draft: an owner may be missing and
 * the duration may be negative (for example in an imported spreadsheet); {@link ScheduleRules}
 * report what is wrong, with paths, and the schedule is only {@linkplain Schedule#forecast()
 * forecast} once nothing is.
 *
 * <p>A task works on the schedule's calendar unless it names one of its own. Dates follow the
 * Gantt convention: a task of 5 days that starts on 07-15 on an every-day calendar finishes on
 * 07-19, its last working day. A milestone falls at the end of a working day: after a task that
 * finishes on 07-31 it falls on 07-31, and its successors start on the next working day; a
 * milestone that no work precedes falls on the schedule's first working day.
 *
 * @param id                  the task's id, shared with the task board
 * @param name                任务名称, e.g. {@code 物料设计定稿}
 * @param module              the module the task belongs to (策划, 设计, 执行, 数据, 后勤, 媒介…), as
 *                            plain text
 * @param owner               负责人, when assigned
 * @param duration            持续时间 in working days of the task's calendar; 0 for a milestone
 * @param phase               the campaign phase the task belongs to, if any
 * @param startNoEarlierThan  the task may not start before this day
 * @param finishNoLaterThan   the task should finish by this day; when it cannot, its total float
 *                            is negative and the forecast reports it
 * @param calendar            the name of the task's own calendar, one of the schedule's
 * @param note                关键节点说明, a free note
 */
@Value.Builder
public record GanttTask(TaskId id, String name, Optional<String> module, Optional<MemberId> owner, int duration,
                   Optional<PhaseKind> phase, Optional<LocalDate> startNoEarlierThan,
                   Optional<LocalDate> finishNoLaterThan, Optional<String> calendar, Optional<String> note) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public GanttTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Checks.optional(module, "module");
        Checks.optional(owner, "owner");
        Checks.optional(phase, "phase");
        Checks.optional(startNoEarlierThan, "startNoEarlierThan");
        Checks.optional(finishNoLaterThan, "finishNoLaterThan");
        Checks.optional(calendar, "calendar");
        Checks.optional(note, "note");
    }

    /**
     * A task with an id, a name, an owner and a duration, and nothing else.
     *
     * @param id       the id
     * @param name     the name
     * @param owner    the owner
     * @param duration the working days, 0 for a milestone
     * @return the task
     */
    public static GanttTask of(TaskId id, String name, MemberId owner, int duration) {
        return builder().id(id).name(name).owner(owner).duration(duration).build();
    }

    /**
     * A builder for a task.
     *
     * @return a new builder
     */
    public static GanttTaskBuilder builder() {
        return new GanttTaskBuilder();
    }

    /**
     * A builder for the Gantt row of a task of the board (执行分工表): its id, name, module and owner
     * are the board's, so that a campaign's task is entered once; set what only the Gantt chart
     * knows (the duration, a phase, constraints, a calendar).
     *
     * @param task the board's task
     * @return a new builder holding the board's columns
     */
    public static GanttTaskBuilder builder(Task task) {
        Objects.requireNonNull(task, "task");
        return new GanttTaskBuilder().id(task.id()).name(task.name()).module(task.module().value())
                .owner(task.owner());
    }

    /**
     * A builder that starts from this task.
     *
     * @return a builder holding every component of this task
     */
    public GanttTaskBuilder toBuilder() {
        return new GanttTaskBuilder().from(this);
    }

    /**
     * Whether this task is a milestone: a duration of 0.
     *
     * @return true for a milestone
     */
    public boolean isMilestone() {
        return duration == 0;
    }

    /**
     * This task with another owner.
     *
     * @param newOwner the owner
     * @return a copy
     */
    public GanttTask withOwner(MemberId newOwner) {
        return toBuilder().owner(newOwner).build();
    }

    /**
     * This task with another duration.
     *
     * @param newDuration the working days
     * @return a copy
     */
    public GanttTask withDuration(int newDuration) {
        return toBuilder().duration(newDuration).build();
    }
}
