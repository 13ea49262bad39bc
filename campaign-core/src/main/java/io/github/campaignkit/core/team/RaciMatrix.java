package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Checks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A RACI matrix: task × member → R, A, C or I, kept as the list of its
 * {@linkplain RaciAssignment assignments}. The list may say anything (no accountable member, two,
 * a stranger); {@link RaciRules} says what is wrong with it against the board and the team.
 *
 * @param assignments the assignments, in the order they were made
 */
@Value.Builder
public record RaciMatrix(List<RaciAssignment> assignments) {

    private static final RaciMatrix EMPTY = new RaciMatrix(List.of());

    /**
     * Checks and copies the list.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public RaciMatrix {
        assignments = Checks.list(assignments, "assignments");
    }

    /**
     * The matrix with no assignment.
     *
     * @return the empty matrix
     */
    public static RaciMatrix empty() {
        return EMPTY;
    }

    /**
     * A matrix of the given assignments.
     *
     * @param assignments the assignments
     * @return the matrix
     */
    public static RaciMatrix of(RaciAssignment... assignments) {
        return new RaciMatrix(List.of(assignments));
    }

    /**
     * A builder for a matrix.
     *
     * @return a new builder
     */
    public static RaciMatrixBuilder builder() {
        return new RaciMatrixBuilder();
    }

    /**
     * This matrix with one more assignment, unless it already holds the same one.
     *
     * @param task   the task
     * @param member the member
     * @param role   the role
     * @return a copy, or this matrix when nothing changes
     */
    public RaciMatrix with(TaskId task, MemberId member, RaciRole role) {
        RaciAssignment assignment = RaciAssignment.of(task, member, role);
        if (assignments.contains(assignment)) {
            return this;
        }
        List<RaciAssignment> next = new ArrayList<>(assignments);
        next.add(assignment);
        return new RaciMatrix(next);
    }

    /**
     * This matrix without the assignments that match.
     *
     * @param filter which assignments to drop
     * @return a copy
     */
    public RaciMatrix without(Predicate<? super RaciAssignment> filter) {
        Objects.requireNonNull(filter, "filter");
        List<RaciAssignment> next = new ArrayList<>(assignments);
        next.removeIf(filter);
        return new RaciMatrix(next);
    }

    /**
     * The roles a member holds in a task.
     *
     * @param task   the task
     * @param member the member
     * @return the roles, in R, A, C, I order; empty when none
     */
    public Set<RaciRole> roles(TaskId task, MemberId member) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(member, "member");
        Set<RaciRole> roles = EnumSet.noneOf(RaciRole.class);
        for (RaciAssignment a : assignments) {
            if (a.task().equals(task) && a.member().equals(member)) {
                roles.add(a.role());
            }
        }
        return roles;
    }

    /**
     * The members holding a role in a task, each once.
     *
     * @param task the task
     * @param role the role
     * @return the members, in the order of their first assignment
     */
    public List<MemberId> members(TaskId task, RaciRole role) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(role, "role");
        Set<MemberId> members = new LinkedHashSet<>();
        for (RaciAssignment a : assignments) {
            if (a.task().equals(task) && a.role() == role) {
                members.add(a.member());
            }
        }
        return List.copyOf(members);
    }

    /**
     * Every member with at least one assignment, each once.
     *
     * @return the members, in the order of their first assignment
     */
    public List<MemberId> members() {
        Set<MemberId> members = new LinkedHashSet<>();
        assignments.forEach(a -> members.add(a.member()));
        return List.copyOf(members);
    }
}
