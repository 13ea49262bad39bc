package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.team.MemberId;
import java.util.Objects;

/**
 * The person named to give one department's review opinion on a budget.
 *
 * @param role   the reviewing department
 * @param member who gives its opinion
 */
public record Reviewer(ReviewerRole role, MemberId member) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Reviewer {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(member, "member");
    }

    /**
     * The reviewer for a role.
     *
     * @param role   the reviewing department
     * @param member who gives its opinion
     * @return the reviewer
     */
    public static Reviewer of(ReviewerRole role, MemberId member) {
        return new Reviewer(role, member);
    }
}
