package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The approval state of one budget version: its status, the review opinions given since it was
 * submitted (oldest first; a reviewer may give a new opinion, the latest counts), and the final
 * decision once there is one.
 *
 * <p>A draft has neither opinions nor a decision; a submitted version has opinions but no decision;
 * an approved or rejected one has its decision, and a rejection always has a reason.
 *
 * @param status   draft, submitted, approved or rejected
 * @param opinions the review opinions, oldest first
 * @param decision the final decision, present exactly when approved or rejected
 */
@Value.Builder
public record Approval(ApprovalStatus status, List<ReviewOpinion> opinions, Optional<ApprovalDecision> decision) {

    private static final Approval DRAFT = new Approval(ApprovalStatus.DRAFT, List.of(), Optional.empty());

    /**
     * Checks that status, opinions and decision agree.
     *
     * @throws NullPointerException     if a component or an opinion is null, naming it
     * @throws IllegalArgumentException if a draft has opinions, if the decision is present other
     *                                  than for an approved or rejected version, or a rejection has
     *                                  no reason, naming the component
     */
    public Approval {
        Objects.requireNonNull(status, "status");
        opinions = Checks.list(opinions, "opinions");
        Checks.optional(decision, "decision");
        if (status == ApprovalStatus.DRAFT && !opinions.isEmpty()) {
            throw InvalidValueException.of(BudgetViolation.DRAFT_OPINIONS, "opinions");
        }
        if (status.isDecided() != decision.isPresent()) {
            throw InvalidValueException.of(BudgetViolation.DECISION_PRESENCE, "decision", status);
        }
        if (status == ApprovalStatus.REJECTED && decision.get().comment().isBlank()) {
            throw InvalidValueException.of(BudgetViolation.REASON_BLANK, "decision");
        }
    }

    /**
     * The state of a new draft.
     *
     * @return a draft approval
     */
    public static Approval draft() {
        return DRAFT;
    }

    /**
     * A builder for an approval state, for reading one back from storage.
     *
     * @return a new builder
     */
    public static ApprovalBuilder builder() {
        return new ApprovalBuilder();
    }

    /**
     * The latest opinion of a department.
     *
     * @param role the department
     * @return its latest opinion, if it gave one
     */
    public Optional<ReviewOpinion> latest(ReviewerRole role) {
        Objects.requireNonNull(role, "role");
        for (int i = opinions.size() - 1; i >= 0; i--) {
            if (opinions.get(i).role() == role) {
                return Optional.of(opinions.get(i));
            }
        }
        return Optional.empty();
    }
}
