package io.github.campaignkit.core.team;

import io.github.campaignkit.core.rule.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One recorded change of a task's status: when, by whom, from what to what, and why.
 *
 * @param at     when it was recorded, from the clock of the command that made it
 * @param actor  who changed it
 * @param from   the status before
 * @param to     the status after, different from {@code from}
 * @param reason why, when given (required to close a task or to reopen a finished one)
 */
@Value.Builder
public record TaskStatusChange(Instant at, MemberId actor, TaskStatus from, TaskStatus to, Optional<String> reason) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if {@code from} equals {@code to}
     */
    public TaskStatusChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        if (from == to) {
            throw InvalidValueException.of(TeamViolation.SAME_STATUS, "to", from, to);
        }
    }

    /**
     * A builder for a change.
     *
     * @return a new builder
     */
    public static TaskStatusChangeBuilder builder() {
        return new TaskStatusChangeBuilder();
    }
}
