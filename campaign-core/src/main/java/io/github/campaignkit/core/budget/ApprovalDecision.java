package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * The final approver's decision on a submitted budget (领导审批签字).
 *
 * @param approver who decided
 * @param at       when
 * @param comment  the approver's words; a rejection always says why
 */
public record ApprovalDecision(MemberId approver, Instant at, String comment) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public ApprovalDecision {
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(comment, "comment");
    }
}
