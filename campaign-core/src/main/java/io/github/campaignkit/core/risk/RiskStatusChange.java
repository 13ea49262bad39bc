package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated change of a risk's status. A change to {@link RiskStatus#TRIGGERED} made by an
 * evaluation carries the evidence that made the trigger fire; a change made by hand carries none,
 * and a change away from {@code TRIGGERED} carries the note saying how the risk was resolved.
 *
 * @param from     the status before
 * @param to       the status after; {@code from.canMoveTo(to)} must hold
 * @param at       when the change was recorded
 * @param by       who recorded it
 * @param note     a note, such as the resolution of a triggered risk
 * @param evidence why the trigger fired; only for a change to {@code TRIGGERED}
 */
@Value.Builder
public record RiskStatusChange(RiskStatus from, RiskStatus to, Instant at, MemberId by, Optional<String> note,
                               List<Evidence> evidence) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component or a piece of evidence is null, naming it
     * @throws IllegalArgumentException if the move is not allowed, or evidence is given for a move
     *                                  to a status other than {@code TRIGGERED}
     */
    public RiskStatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Checks.optional(note, "note");
        evidence = Checks.list(evidence, "evidence");
        if (!from.canMoveTo(to)) {
            throw InvalidValueException.of(RiskViolation.STATUS_MOVE, "to", from, to);
        }
        if (!evidence.isEmpty() && to != RiskStatus.TRIGGERED) {
            throw InvalidValueException.of(RiskViolation.EVIDENCE_STATUS, "evidence", to);
        }
    }

    /**
     * A builder for a change.
     *
     * @return a new builder
     */
    public static RiskStatusChangeBuilder builder() {
        return new RiskStatusChangeBuilder();
    }
}
