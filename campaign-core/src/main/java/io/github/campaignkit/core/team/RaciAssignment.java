package io.github.campaignkit.core.team;

import java.util.Objects;

/**
 * One cell entry of a RACI matrix: a member's role in a task. A member holding two roles in the
 * same task (the accountable member who is also responsible) has two assignments.
 *
 * @param task   the task
 * @param member the member
 * @param role   the member's role in the task
 */
public record RaciAssignment(TaskId task, MemberId member, RaciRole role) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public RaciAssignment {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(role, "role");
    }

    /**
     * The assignment of a role in a task to a member.
     *
     * @param task   the task
     * @param member the member
     * @param role   the role
     * @return the assignment
     */
    public static RaciAssignment of(TaskId task, MemberId member, RaciRole role) {
        return new RaciAssignment(task, member, role);
    }
}
