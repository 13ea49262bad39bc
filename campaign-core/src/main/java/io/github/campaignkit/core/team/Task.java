package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of the task board (执行分工表): module, task, description, delivery standard, owner,
 * assistants, start, end and status, with the recorded history of its status and the remedy
 * plans written while it was delayed. Seed 004: 设计执行 · 线上线下物料设计 — 完成海报、展架、H5邀请函设计,
 * 设计稿通过审核，印刷物料按时到位, 李* with 周*, 7.22–7.28, 已完成.
 *
 * <p>The same {@link TaskId} names the task on the schedule (执行甘特图), which adds only what the
 * Gantt chart knows (duration, predecessors, constraints); its name, module and owner are the board's.
 * The two tables of the seeds differ in grain: a board row (线上线下物料设计) may be detailed by finer
 * rows on the Gantt chart (物料设计启动, 物料设计定稿). Those are tasks of the board too, each naming
 * the row it details as its {@linkplain #parent() parent}, so that every piece of work is one task
 * entered once, whichever table shows it.
 *
 * @param id          the task's identity, unique on the board
 * @param module      the module it belongs to (任务模块)
 * @param name        the task (具体任务), not blank for the board to be valid
 * @param description what it involves (任务描述)
 * @param deliverable the delivery standard it is accepted against (交付标准)
 * @param owner       who is in charge of it (负责人)
 * @param assistants  who helps (协助人)
 * @param start       the first day of work
 * @param end         the last day of work, not before {@code start}
 * @param status      its status now
 * @param history     every recorded status change, oldest first; when not empty, the last one
 *                    leads to {@code status} and each starts where the one before ended
 * @param remedyPlans the remedy plans recorded for it, oldest first
 * @param parent      the coarser task of the board this one details, if any
 */
@Value.Builder
public record Task(TaskId id, ModuleId module, String name, String description, String deliverable,
                   MemberId owner, List<MemberId> assistants, LocalDate start, LocalDate end, TaskStatus status,
                   List<TaskStatusChange> history, List<RemedyPlan> remedyPlans, Optional<TaskId> parent) {

    /**
     * Checks the components, the dates and the history.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if the task ends before it starts ({@code end}), or the history
     *                                  does not chain or does not end in the status ({@code history})
     */
    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(deliverable, "deliverable");
        Objects.requireNonNull(owner, "owner");
        assistants = Checks.list(assistants, "assistants");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        history = Checks.list(history, "history");
        remedyPlans = Checks.list(remedyPlans, "remedyPlans");
        Objects.requireNonNull(parent, "parent");
        if (end.isBefore(start)) {
            throw InvalidValueException.of(TeamViolation.TASK_DATES, "end", id, end, start);
        }
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).from() != history.get(i - 1).to()) {
                throw InvalidValueException.of(TeamViolation.HISTORY_ORDER, "history", i, id, history.get(i).from(), history.get(i - 1).to());
            }
        }
        if (!history.isEmpty() && history.get(history.size() - 1).to() != status) {
            throw InvalidValueException.of(TeamViolation.HISTORY_END, "history", id, history.get(history.size() - 1).to(), status);
        }
    }

    /**
     * A builder for a task; {@code status} defaults to nothing, so set it (usually
     * {@link TaskStatus#NOT_STARTED}).
     *
     * @return a new builder
     */
    public static TaskBuilder builder() {
        return new TaskBuilder();
    }

    /**
     * A builder that starts from this task.
     *
     * @return a builder holding every component of this task
     */
    public TaskBuilder toBuilder() {
        return new TaskBuilder().from(this);
    }

    /**
     * This task with its status changed and the change recorded.
     *
     * @param to     the new status, different from the current one
     * @param actor  who changes it
     * @param at     when
     * @param reason why, if given
     * @return a copy with the change appended to the history
     * @throws IllegalArgumentException if the status is the current one
     */
    public Task withStatus(TaskStatus to, MemberId actor, Instant at, Optional<String> reason) {
        TaskStatusChange change = new TaskStatusChange(at, actor, status, to, reason);
        List<TaskStatusChange> next = new ArrayList<>(history);
        next.add(change);
        return toBuilder().status(to).history(next).build();
    }

    /**
     * This task with one more remedy plan.
     *
     * @param plan the plan
     * @return a copy with the plan appended
     */
    public Task withRemedyPlan(RemedyPlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<RemedyPlan> next = new ArrayList<>(remedyPlans);
        next.add(plan);
        return toBuilder().remedyPlans(next).build();
    }

    /**
     * When the task last became {@link TaskStatus#DELAYED}, if it is delayed now and the change was
     * recorded.
     *
     * @return the time of the last change to delayed, or empty when the task is not delayed or its
     *         delay was not recorded (a board imported with the status already set)
     */
    public Optional<Instant> delayedSince() {
        if (status != TaskStatus.DELAYED || history.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(history.get(history.size() - 1).at());
    }

    /**
     * Whether the given person works on this task, as owner or assistant.
     *
     * @param member the person
     * @return true for the owner and the assistants
     */
    public boolean involves(MemberId member) {
        return owner.equals(member) || assistants.contains(member);
    }
}
