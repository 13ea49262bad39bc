package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One department's review opinion on a submitted budget (活动策划方案审批表 各部门评审意见).
 *
 * @param role     the reviewing department
 * @param reviewer who gave the opinion
 * @param verdict  agree, agree with conditions, or object
 * @param comment  the opinion in words; an objection always says why
 * @param at       when it was given
 */
@Value.Builder
public record ReviewOpinion(ReviewerRole role, MemberId reviewer, Verdict verdict, String comment, Instant at) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if an objection has a blank comment, naming {@code comment}
     */
    public ReviewOpinion {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(at, "at");
        if (verdict == Verdict.OBJECT && comment.isBlank()) {
            throw InvalidValueException.of(BudgetViolation.REASON_BLANK, "comment");
        }
    }

    /**
     * A builder for an opinion.
     *
     * @return a new builder
     */
    public static ReviewOpinionBuilder builder() {
        return new ReviewOpinionBuilder();
    }
}
