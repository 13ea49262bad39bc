package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One accepted stage change in a campaign's history.
 *
 * @param from  the stage before
 * @param to    the stage after
 * @param at    when it was accepted, from the clock the lifecycle was given
 * @param actor who issued the command
 * @param note  the reason (for a hold or a cancellation) or the note given with the command
 */
@Value.Builder
public record StageChange(Stage from, Stage to, Instant at, MemberId actor, Optional<String> note) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if {@code from} equals {@code to} or {@code from} is terminal
     */
    public StageChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(note, "note");
        if (from == to) {
            throw InvalidValueException.of(LifecycleViolation.SAME_STAGE, "to", from, to);
        }
        if (from.isTerminal()) {
            throw InvalidValueException.of(LifecycleViolation.FROM_TERMINAL, "from", from);
        }
    }
}
