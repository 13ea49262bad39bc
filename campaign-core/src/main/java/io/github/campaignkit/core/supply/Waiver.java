package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.MemberId;
import java.util.Objects;

/**
 * A recorded exception to the number of quotes a need must compare, e.g. a sole supplier or a
 * framework contract.
 *
 * @param reason    why fewer quotes are enough, not blank
 * @param grantedBy who granted it
 */
public record Waiver(String reason, MemberId grantedBy) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the reason is blank, naming {@code reason}
     */
    public Waiver {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(grantedBy, "grantedBy");
        if (reason.isBlank()) {
            throw InvalidValueException.of(ValueViolation.BLANK, "reason");
        }
    }
}
