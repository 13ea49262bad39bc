package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Moments;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The rules of a {@link TaskBoard}: its tasks against the team, whether the work is finished, and
 * whether delayed tasks got their remedy plans in time. The RACI matrix has its own
 * {@link RaciRules}.
 *
 * <p>Paths are relative to the board ({@code tasks[1].owner}).
 */
public final class BoardRules {

    private static final Rule<TaskBoard> FINISHED = BoardRules::finishedCheck;

    private BoardRules() {
    }

    /**
     * The tasks against the team: ids unique ({@code team.task.duplicate}), names given
     * ({@code team.task.name.blank}), delivery standards given (a warning,
     * {@code team.task.deliverable.blank}), owners and assistants members of the team
     * ({@code team.member.unknown}), every module that has tasks led by someone
     * ({@code team.module.lead.missing}, once per module, at its first task), and the task each task
     * details on the board, not itself, around its dates (see {@link Task#parent()}).
     *
     * @param board the board
     * @param team  the team
     * @return every violation found
     */
    public static Seq<Violation> tasks(TaskBoard board, Team team) {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(team, "team");
        List<Violation> found = List.empty();
        Set<TaskId> ids = new HashSet<>();
        Set<ModuleId> modules = new HashSet<>();
        for (int i = 0; i < board.tasks().size(); i++) {
            Task task = board.tasks().get(i);
            String path = RulePaths.indexed("tasks", i);
            if (!ids.add(task.id())) {
                found = found.append(Violation.of(TeamViolation.TASK_DUPLICATE, path + ".id", task.id()));
            }
            if (task.name().isBlank()) {
                found = found.append(Violation.of(TeamViolation.TASK_NAME_BLANK, path + ".name", task.id()));
            }
            if (task.deliverable().isBlank()) {
                found = found.append(Violation.of(TeamViolation.TASK_DELIVERABLE_BLANK, path + ".deliverable",
                        task.id()));
            }
            found = found.appendAll(parent(board, task, path));
            if (modules.add(task.module()) && team.moduleLead(task.module()).isEmpty()) {
                found = found.append(Violation.of(TeamViolation.MODULE_LEAD_MISSING, path + ".module",
                        task.module().value()));
            }
            if (!team.hasMember(task.owner())) {
                found = found.append(Violation.of(TeamViolation.MEMBER_UNKNOWN, path + ".owner", task.owner()));
            }
            for (int j = 0; j < task.assistants().size(); j++) {
                MemberId assistant = task.assistants().get(j);
                if (!team.hasMember(assistant)) {
                    found = found.append(Violation.of(TeamViolation.MEMBER_UNKNOWN,
                            path + "." + RulePaths.indexed("assistants", j), assistant.value()));
                }
            }
        }
        return found;
    }

    /**
     * The task a task details: on the board ({@code team.task.parent.unknown}), not the task itself
     * by any chain ({@code team.task.parent.cycle}), its dates around the detail's (a warning,
     * {@code team.task.parent.dates}).
     */
    private static Seq<Violation> parent(TaskBoard board, Task task, String path) {
        if (task.parent().isEmpty()) {
            return List.empty();
        }
        Optional<Task> parent = board.task(task.parent().get());
        if (parent.isEmpty()) {
            return List.of(Violation.of(TeamViolation.TASK_PARENT_UNKNOWN, path + ".parent", task.id(),
                    task.parent().get()));
        }
        Optional<Task> up = parent;
        for (int steps = 0; up.isPresent() && steps <= board.tasks().size(); steps++) {
            if (up.get().id().equals(task.id())) {
                return List.of(Violation.of(TeamViolation.TASK_PARENT_CYCLE, path + ".parent", task.id()));
            }
            up = up.get().parent().flatMap(board::task);
        }
        Task p = parent.get();
        if (task.start().isBefore(p.start()) || task.end().isAfter(p.end())) {
            return List.of(Violation.of(TeamViolation.TASK_PARENT_DATES, path, task.id(), task.start(), task.end(),
                    p.id(), p.start(), p.end()));
        }
        return List.empty();
    }

    /**
     * Every task is finished: done, or closed with a reason. Reports {@code team.task.unfinished}
     * for each other task and {@code team.task.status.close-without-reason} for a closed task whose
     * closing was not recorded with a reason.
     *
     * @return the rule
     */
    public static Rule<TaskBoard> finished() {
        return FINISHED;
    }

    /**
     * Delayed tasks got a remedy plan in time. A task delayed at a recorded time {@code t} needs a
     * remedy plan recorded between {@code t} and {@code t + policy.remedyPlanWithin()}: when none
     * was recorded and the window has passed by {@code now}, {@code team.task.remedy-plan.missing};
     * when the first came after the window, {@code team.task.remedy-plan.late} (a warning). A task
     * marked delayed without a recorded change has no known start: it needs at least one remedy
     * plan. Times in the messages are shown in the clock's zone.
     *
     * @param board  the board
     * @param policy the remedy window
     * @param clock  the clock giving the time of the evaluation
     * @return every violation found
     */
    public static Seq<Violation> remedies(TaskBoard board, TeamPolicy policy, Clock clock) {
        return remedies(board, policy, Instant::plus, clock);
    }

    /**
     * {@link #remedies(TaskBoard, TeamPolicy, Clock)} with the remedy window counted another way:
     * the campaign counts it in working time on its calendar, so that a task delayed on Friday at
     * 15:00 needs its plan by Monday 15:00 on a Monday-to-Friday calendar.
     *
     * @param board  the board
     * @param policy the remedy window
     * @param plus   the end of a window of the given length that opens at the given instant
     * @param clock  the clock giving the time of the evaluation
     * @return every violation found
     */
    public static Seq<Violation> remedies(TaskBoard board, TeamPolicy policy,
                                          BiFunction<Instant, Duration, Instant> plus, Clock clock) {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(plus, "plus");
        Objects.requireNonNull(clock, "clock");
        Instant now = clock.instant();
        List<Violation> found = List.empty();
        for (int i = 0; i < board.tasks().size(); i++) {
            Task task = board.tasks().get(i);
            if (task.status() != TaskStatus.DELAYED) {
                continue;
            }
            String path = RulePaths.indexed("tasks", i) + ".remedyPlans";
            Optional<Instant> since = task.delayedSince();
            if (since.isEmpty()) {
                if (task.remedyPlans().isEmpty()) {
                    found = found.append(Violation.of(TeamViolation.REMEDY_PLAN_MISSING, path, task.id(), "—"));
                }
                continue;
            }
            Instant due = plus.apply(since.get(), policy.remedyPlanWithin());
            Optional<RemedyPlan> first = task.remedyPlans().stream()
                    .filter(p -> !p.at().isBefore(since.get()))
                    .min(java.util.Comparator.comparing(RemedyPlan::at));
            if (first.isEmpty()) {
                if (now.isAfter(due)) {
                    found = found.append(Violation.of(TeamViolation.REMEDY_PLAN_MISSING, path, task.id(),
                            show(due, clock)));
                }
            } else if (first.get().at().isAfter(due)) {
                found = found.append(Violation.of(TeamViolation.REMEDY_PLAN_LATE, path, task.id(),
                        show(due, clock), show(first.get().at(), clock)));
            }
        }
        return found;
    }

    private static String show(Instant instant, Clock clock) {
        return Moments.show(instant, clock.getZone());
    }

    private static Seq<Violation> finishedCheck(TaskBoard board) {
        List<Violation> found = List.empty();
        for (int i = 0; i < board.tasks().size(); i++) {
            Task task = board.tasks().get(i);
            String path = RulePaths.indexed("tasks", i) + ".status";
            if (!task.status().isFinished()) {
                found = found.append(Violation.of(TeamViolation.TASK_UNFINISHED, path, task.id(), task.status()));
            } else if (task.status() == TaskStatus.CLOSED && (task.history().isEmpty()
                    || task.history().get(task.history().size() - 1).reason().filter(r -> !r.isBlank()).isEmpty())) {
                found = found.append(Violation.of(TeamViolation.TASK_CLOSE_WITHOUT_REASON, path, task.id()));
            }
        }
        return found;
    }
}
