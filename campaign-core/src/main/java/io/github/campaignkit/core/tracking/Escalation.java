package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TeamRole;
import java.time.Instant;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One step of an issue up the reporting line: at the deadline its handler missed, the issue passed
 * from that handler to the tier above.
 *
 * @param at       when it passed: the missed deadline
 * @param from     the handler who did not answer in time
 * @param fromRole the tier the issue was at
 * @param to       the handler it passed to
 * @param toRole   the tier it passed to, directly above {@code fromRole}
 */
@Value.Builder
public record Escalation(Instant at, MemberId from, TeamRole fromRole, MemberId to, TeamRole toRole) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if {@code toRole} is not the tier directly above {@code fromRole}
     */
    public Escalation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(fromRole, "fromRole");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(toRole, "toRole");
        if (fromRole.above().filter(toRole::equals).isEmpty()) {
            throw InvalidValueException.of(TrackingViolation.ESCALATION_TIER, "toRole", fromRole, toRole);
        }
    }

    /**
     * A builder for an escalation.
     *
     * @return a new builder
     */
    public static EscalationBuilder builder() {
        return new EscalationBuilder();
    }
}
