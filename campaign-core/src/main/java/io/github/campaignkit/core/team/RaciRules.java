package io.github.campaignkit.core.team;

import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of a board's RACI matrix (责任到人，权责清晰).
 *
 * <p>Errors: every task on the board has exactly one accountable member
 * ({@code team.raci.accountable.missing}, {@code team.raci.accountable.multiple}) and at least one
 * responsible member ({@code team.raci.responsible.missing}); the accountable member may also be
 * responsible. Every assignment names a task on the board ({@code team.raci.task.unknown}) and a
 * member of the team ({@code team.member.unknown}).
 *
 * <p>Warnings: a member accountable for more tasks running on the same day than the policy allows
 * ({@code team.raci.accountable.overloaded}, closed tasks not counted); a task consulting more
 * members than the policy allows ({@code team.raci.consulted.too-many}); a task whose owner
 * (负责人) is not responsible for it ({@code team.raci.owner.not-responsible}); the same assignment
 * listed twice ({@code team.raci.duplicate}).
 *
 * <p>Paths are relative to the board: {@code tasks[2]}, {@code raci.assignments[5].member}.
 */
public final class RaciRules {

    private RaciRules() {
    }

    /**
     * Checks the board's RACI matrix against its tasks and the team.
     *
     * @param board  the board
     * @param team   the team
     * @param policy the limits for the warnings
     * @return every violation found
     */
    public static Seq<Violation> check(TaskBoard board, Team team, TeamPolicy policy) {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(policy, "policy");
        RaciMatrix raci = board.raci();
        List<Violation> found = List.empty();
        for (int i = 0; i < board.tasks().size(); i++) {
            Task task = board.tasks().get(i);
            String path = RulePaths.indexed("tasks", i);
            java.util.List<MemberId> accountable = raci.members(task.id(), RaciRole.ACCOUNTABLE);
            if (accountable.isEmpty()) {
                found = found.append(Violation.of(TeamViolation.RACI_ACCOUNTABLE_MISSING, path, task.id()));
            } else if (accountable.size() > 1) {
                found = found.append(Violation.of(TeamViolation.RACI_ACCOUNTABLE_MULTIPLE, path, task.id(),
                        accountable.stream().map(MemberId::value).collect(Collectors.joining(", "))));
            }
            java.util.List<MemberId> responsible = raci.members(task.id(), RaciRole.RESPONSIBLE);
            if (responsible.isEmpty()) {
                found = found.append(Violation.of(TeamViolation.RACI_RESPONSIBLE_MISSING, path, task.id()));
            }
            if (!responsible.contains(task.owner())) {
                found = found.append(Violation.of(TeamViolation.RACI_OWNER_NOT_RESPONSIBLE, path + ".owner",
                        task.id(), task.owner()));
            }
            int consulted = raci.members(task.id(), RaciRole.CONSULTED).size();
            if (consulted > policy.maxConsulted()) {
                found = found.append(Violation.of(TeamViolation.RACI_CONSULTED_TOO_MANY, path, task.id(),
                        consulted, policy.maxConsulted()));
            }
        }
        Set<TaskId> onBoard = board.tasks().stream().map(Task::id).collect(Collectors.toSet());
        Set<RaciAssignment> seen = new HashSet<>();
        for (int k = 0; k < raci.assignments().size(); k++) {
            RaciAssignment a = raci.assignments().get(k);
            String path = "raci." + RulePaths.indexed("assignments", k);
            if (!seen.add(a)) {
                found = found.append(Violation.of(TeamViolation.RACI_DUPLICATE, path, a.task(),
                        a.member(), a.role()));
                continue;
            }
            if (!onBoard.contains(a.task())) {
                found = found.append(Violation.of(TeamViolation.RACI_TASK_UNKNOWN, path + ".task", a.task()));
            }
            if (!team.hasMember(a.member())) {
                found = found.append(Violation.of(TeamViolation.MEMBER_UNKNOWN, path + ".member", a.member()));
            }
        }
        return found.appendAll(overload(board, policy));
    }

    /** The warnings for members accountable for too many tasks on the same day. */
    private static Seq<Violation> overload(TaskBoard board, TeamPolicy policy) {
        Map<TaskId, Task> tasks = new HashMap<>();
        board.tasks().forEach(t -> tasks.putIfAbsent(t.id(), t));
        Map<MemberId, java.util.List<Task>> byMember = new LinkedHashMap<>();
        Map<MemberId, Integer> firstIndex = new HashMap<>();
        Set<RaciAssignment> counted = new HashSet<>();
        for (int k = 0; k < board.raci().assignments().size(); k++) {
            RaciAssignment a = board.raci().assignments().get(k);
            Task task = tasks.get(a.task());
            if (a.role() != RaciRole.ACCOUNTABLE || task == null || task.status() == TaskStatus.CLOSED
                    || !counted.add(a)) {
                continue;
            }
            byMember.computeIfAbsent(a.member(), m -> new ArrayList<>()).add(task);
            firstIndex.putIfAbsent(a.member(), k);
        }
        List<Violation> found = List.empty();
        for (Map.Entry<MemberId, java.util.List<Task>> entry : byMember.entrySet()) {
            int peak = peak(entry.getValue());
            if (peak > policy.maxConcurrentAccountable()) {
                found = found.append(Violation.of(TeamViolation.RACI_ACCOUNTABLE_OVERLOADED,
                        "raci." + RulePaths.indexed("assignments", firstIndex.get(entry.getKey())) + ".member",
                        entry.getKey(), peak, policy.maxConcurrentAccountable()));
            }
        }
        return found;
    }

    /** The most tasks that run on one day: a sweep over starts and ends. */
    private static int peak(java.util.List<Task> tasks) {
        java.util.TreeMap<LocalDate, Integer> delta = new java.util.TreeMap<>();
        for (Task task : tasks) {
            delta.merge(task.start(), 1, Integer::sum);
            delta.merge(task.end().plusDays(1), -1, Integer::sum);
        }
        int running = 0;
        int peak = 0;
        for (int change : delta.values()) {
            running += change;
            peak = Math.max(peak, running);
        }
        return peak;
    }
}
