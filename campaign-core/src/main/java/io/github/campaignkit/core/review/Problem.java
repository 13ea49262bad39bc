package io.github.campaignkit.core.review;

import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in a retrospective (待改进问题) with its root cause (根本原因分析). A problem that
 * names a goal is that goal's analysis of why it was not met (未达标项分析); every unmet goal needs
 * one, and an {@linkplain ActionItem action item} that addresses it ({@link ReviewRules}).
 *
 * @param id          the problem's identity in its retrospective
 * @param description what went wrong, e.g. {@code 社群转发任务分配不清晰}
 * @param rootCause   why, e.g. {@code 未制定转发奖励机制，部分管理员积极性低}; blank only in a draft
 * @param goal        the unmet goal it analyses, if any
 */
public record Problem(ProblemId id, String description, String rootCause, Optional<GoalId> goal) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rootCause, "rootCause");
        Checks.optional(goal, "goal");
    }

    /**
     * A problem that is not tied to one goal.
     *
     * @param id          its id
     * @param description what went wrong
     * @param rootCause   why
     * @return the problem
     */
    public static Problem of(String id, String description, String rootCause) {
        return new Problem(ProblemId.of(id), description, rootCause, Optional.empty());
    }

    /**
     * The analysis of an unmet goal (未达标项分析).
     *
     * @param id          its id
     * @param goal        the goal that was not met
     * @param description what fell short
     * @param rootCause   why
     * @return the problem
     */
    public static Problem ofGoal(String id, GoalId goal, String description, String rootCause) {
        return new Problem(ProblemId.of(id), description, rootCause, Optional.of(goal));
    }
}
