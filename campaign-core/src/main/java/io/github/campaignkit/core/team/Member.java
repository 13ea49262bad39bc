package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person on a campaign's team (团队分工表): who they are, where they come from, how to reach
 * them and which tier they work in. Seed 000: 张经理, overall lead; 李策划, planning group;
 * 赵主管, execution group.
 *
 * @param id         the person's identity, unique in the team
 * @param name       the name readers see, e.g. {@code 张经理}; must not be blank for the team to be valid
 * @param role       the tier: overall lead, module lead or executor
 * @param department the department the person comes from, when known
 * @param contact    how to reach them (phone, chat handle), when known
 * @param duties     their duties in words (职责), e.g. {@code 统筹资源，把控进度与风险}
 */
@Value.Builder
public record Member(MemberId id, String name, TeamRole role, Optional<Department> department,
                     Optional<String> contact, Optional<String> duties) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Checks.optional(department, "department");
        Checks.optional(contact, "contact");
        Checks.optional(duties, "duties");
    }

    /**
     * A member with an id, a name and a tier, nothing else known yet.
     *
     * @param id   the person's identity
     * @param name the name
     * @param role the tier
     * @return the member
     */
    public static Member of(MemberId id, String name, TeamRole role) {
        return new Member(id, name, role, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A builder for a member.
     *
     * @return a new builder
     */
    public static MemberBuilder builder() {
        return new MemberBuilder();
    }

    /**
     * A builder that starts from this member.
     *
     * @return a builder holding every component of this member
     */
    public MemberBuilder toBuilder() {
        return new MemberBuilder().from(this);
    }

    /**
     * This member in another tier.
     *
     * @param newRole the tier
     * @return a copy
     */
    public Member withRole(TeamRole newRole) {
        return new Member(id, name, newRole, department, contact, duties);
    }
}
