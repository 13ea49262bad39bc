package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The task board of a campaign (执行分工表): its tasks and the RACI matrix over them.
 *
 * <p>{@link #changeStatus} and {@link #planRemedy} are the board's commands: pure functions that
 * give the changed board or a {@link Refusal} with every reason (paths name the command's fields:
 * {@code task}, {@code status}, {@code reason}, {@code plan}). The campaign's lifecycle applies them
 * for its {@code ChangeTaskStatus} and {@code PlanRemedy} commands, stamped with its clock.
 *
 * @param tasks the tasks, each id once
 * @param raci  who is responsible, accountable, consulted and informed for each task
 */
@Value.Builder
public record TaskBoard(List<Task> tasks, RaciMatrix raci) {

    private static final TaskBoard EMPTY = new TaskBoard(List.of(), RaciMatrix.empty());

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public TaskBoard {
        tasks = Checks.list(tasks, "tasks");
        Objects.requireNonNull(raci, "raci");
    }

    /**
     * The board of a campaign just planned: no task, no assignment.
     *
     * @return the empty board
     */
    public static TaskBoard empty() {
        return EMPTY;
    }

    /**
     * A builder for a board; the RACI matrix must be set (use {@link RaciMatrix#empty()}).
     *
     * @return a new builder
     */
    public static TaskBoardBuilder builder() {
        return new TaskBoardBuilder();
    }

    /**
     * A builder that starts from this board.
     *
     * @return a builder holding every task and the matrix of this board
     */
    public TaskBoardBuilder toBuilder() {
        return new TaskBoardBuilder().from(this);
    }

    /**
     * The task with the given id.
     *
     * @param id the id
     * @return the first task with that id, or empty
     */
    public Optional<Task> task(TaskId id) {
        Objects.requireNonNull(id, "id");
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * This board with a task added, or replaced when a task with the same id is on it.
     *
     * @param task the task
     * @return a copy
     */
    public TaskBoard withTask(Task task) {
        Objects.requireNonNull(task, "task");
        List<Task> next = new ArrayList<>(tasks);
        int index = indexOf(task.id());
        if (index < 0) {
            next.add(task);
        } else {
            next.set(index, task);
        }
        return new TaskBoard(next, raci);
    }

    /**
     * This board with another RACI matrix.
     *
     * @param matrix the matrix
     * @return a copy
     */
    public TaskBoard withRaci(RaciMatrix matrix) {
        return new TaskBoard(tasks, matrix);
    }

    /**
     * Changes the status of a task and records the change.
     *
     * <p>Refused, with every reason, when the task is not on the board ({@code team.task.unknown}),
     * the status is the current one ({@code team.task.status.unchanged}), a finished task is moved
     * back to work without a reason ({@code team.task.status.reopen-without-reason}, e.g. done →
     * not started) or a task is closed without one ({@code team.task.status.close-without-reason}).
     * A blank reason counts as none.
     *
     * @param task   the task
     * @param status the new status
     * @param reason why, if given
     * @param actor  who changes it
     * @param at     when, from the caller's clock
     * @return the changed board, or the refusal
     */
    public Either<Refusal, TaskBoard> changeStatus(TaskId task, TaskStatus status, Optional<String> reason,
                                                   MemberId actor, Instant at) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        int index = indexOf(task);
        if (index < 0) {
            return Either.left(Refusal.of(Violation.of(TeamViolation.TASK_UNKNOWN, "task", task)));
        }
        Task current = tasks.get(index);
        Optional<String> given = reason.map(String::strip).filter(r -> !r.isEmpty());
        List<Violation> found = new ArrayList<>();
        if (current.status() == status) {
            found.add(Violation.of(TeamViolation.TASK_STATUS_UNCHANGED, "status", task, status));
        } else if (given.isEmpty() && current.status().isFinished() && !status.isFinished()) {
            found.add(Violation.of(TeamViolation.TASK_REOPEN_WITHOUT_REASON, "reason", task,
                    current.status(), status));
        } else if (given.isEmpty() && status == TaskStatus.CLOSED) {
            found.add(Violation.of(TeamViolation.TASK_CLOSE_WITHOUT_REASON, "reason", task));
        }
        if (!found.isEmpty()) {
            return Either.left(Refusal.of(found));
        }
        return Either.right(replace(index, current.withStatus(status, actor, at, given)));
    }

    /**
     * Records a remedy plan for a delayed task.
     *
     * <p>Refused when the task is not on the board ({@code team.task.unknown}), is not delayed
     * ({@code team.task.remedy-plan.not-delayed}) or the plan is blank
     * ({@code team.task.remedy-plan.blank}).
     *
     * @param task the task
     * @param plan what will be done
     * @param by   who records it
     * @param at   when, from the caller's clock
     * @return the changed board, or the refusal
     */
    public Either<Refusal, TaskBoard> planRemedy(TaskId task, String plan, MemberId by, Instant at) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        int index = indexOf(task);
        List<Violation> found = new ArrayList<>();
        if (index < 0) {
            found.add(Violation.of(TeamViolation.TASK_UNKNOWN, "task", task));
        } else if (tasks.get(index).status() != TaskStatus.DELAYED) {
            found.add(Violation.of(TeamViolation.REMEDY_PLAN_NOT_DELAYED, "task", task,
                    tasks.get(index).status()));
        }
        if (plan.isBlank()) {
            found.add(Violation.of(TeamViolation.REMEDY_PLAN_BLANK, "plan", task));
        }
        if (!found.isEmpty()) {
            return Either.left(Refusal.of(found));
        }
        return Either.right(replace(index, tasks.get(index).withRemedyPlan(RemedyPlan.of(at, by, plan.strip()))));
    }

    /**
     * Every person the board names, by the path where it names them (relative to the board):
     * owners ({@code tasks[0].owner}), assistants, status-change actors, remedy-plan authors and
     * RACI members ({@code raci.assignments[3].member}).
     *
     * @return the references, in board order
     */
    public Map<String, MemberId> memberReferences() {
        Map<String, MemberId> refs = new LinkedHashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            String path = RulePaths.indexed("tasks", i);
            refs.put(path + ".owner", task.owner());
            for (int j = 0; j < task.assistants().size(); j++) {
                refs.put(path + "." + RulePaths.indexed("assistants", j), task.assistants().get(j));
            }
            for (int j = 0; j < task.history().size(); j++) {
                refs.put(path + "." + RulePaths.indexed("history", j) + ".actor", task.history().get(j).actor());
            }
            for (int j = 0; j < task.remedyPlans().size(); j++) {
                refs.put(path + "." + RulePaths.indexed("remedyPlans", j) + ".by", task.remedyPlans().get(j).by());
            }
        }
        for (int k = 0; k < raci.assignments().size(); k++) {
            refs.put("raci." + RulePaths.indexed("assignments", k) + ".member", raci.assignments().get(k).member());
        }
        return refs;
    }

    private TaskBoard replace(int index, Task task) {
        List<Task> next = new ArrayList<>(tasks);
        next.set(index, task);
        return new TaskBoard(next, raci);
    }

    private int indexOf(TaskId id) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * This board as the skeleton of the next campaign: the same tasks (module, name, description,
     * deliverable standard, owner, assistants) and the same RACI matrix, each task's dates kept only
     * as days relative to an anchor (the campaign window's first day, normally) so that
     * {@link BoardTemplate#dated} places them around the next window. Stripped: the start and end
     * dates themselves, every status (the next campaign's tasks start {@link TaskStatus#NOT_STARTED}),
     * the status histories and the remedy plans.
     *
     * @param anchor the day the offsets count from
     * @return the template
     */
    public BoardTemplate template(LocalDate anchor) {
        Objects.requireNonNull(anchor, "anchor");
        List<TaskTemplate> templates = new ArrayList<>();
        for (Task task : tasks) {
            templates.add(TaskTemplate.from(task, anchor));
        }
        return new BoardTemplate(templates, raci);
    }
}
