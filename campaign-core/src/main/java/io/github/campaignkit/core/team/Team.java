package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A campaign's team (团队分工表): its members in three tiers and its modules with their leads.
 *
 * <p>A team is a plain value and may be incomplete while it is being formed; {@link
 * TeamRules#standard()} says what is missing (exactly one overall lead, unique members, every
 * module lead a member who is not an executor), and the campaign cannot leave planning until it
 * passes. Seed 000's team: 张经理 (overall lead), 李策划 and 王助理 (planning), 赵主管 (execution),
 * 陈专员 (media), 刘分析师 (data).
 *
 * @param members the people, each once
 * @param modules the modules and who leads each, each module once
 */
@Value.Builder
public record Team(List<Member> members, List<TeamModule> modules) {

    private static final Team EMPTY = new Team(List.of(), List.of());

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public Team {
        members = Checks.list(members, "members");
        modules = Checks.list(modules, "modules");
    }

    /**
     * The team of a campaign just planned: nobody yet.
     *
     * @return the empty team
     */
    public static Team empty() {
        return EMPTY;
    }

    /**
     * A builder for a team.
     *
     * @return a new builder
     */
    public static TeamBuilder builder() {
        return new TeamBuilder();
    }

    /**
     * A builder that starts from this team.
     *
     * @return a builder holding every member and module of this team
     */
    public TeamBuilder toBuilder() {
        return new TeamBuilder().from(this);
    }

    /**
     * The member with the given id.
     *
     * @param id the id
     * @return the first member with that id, or empty
     */
    public Optional<Member> member(MemberId id) {
        Objects.requireNonNull(id, "id");
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * Whether the given person is on the team.
     *
     * @param id the id
     * @return true if a member has that id
     */
    public boolean hasMember(MemberId id) {
        return member(id).isPresent();
    }

    /**
     * The overall lead (总负责人), when the team has exactly one.
     *
     * @return the only member in the {@link TeamRole#OVERALL_LEAD} tier, or empty when there is none
     *         or more than one
     */
    public Optional<MemberId> overallLead() {
        List<MemberId> leads = new ArrayList<>();
        for (Member member : members) {
            if (member.role() == TeamRole.OVERALL_LEAD && !leads.contains(member.id())) {
                leads.add(member.id());
            }
        }
        return leads.size() == 1 ? Optional.of(leads.get(0)) : Optional.empty();
    }

    /**
     * The module with the given id.
     *
     * @param id the module
     * @return the first entry for that module, or empty when the team does not declare it
     */
    public Optional<TeamModule> module(ModuleId id) {
        Objects.requireNonNull(id, "id");
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The lead of a module (模块负责人).
     *
     * @param id the module
     * @return its lead, or empty when the module is not declared or has no lead
     */
    public Optional<MemberId> moduleLead(ModuleId id) {
        return module(id).flatMap(TeamModule::lead);
    }

    /**
     * Whether the given person leads the given module.
     *
     * @param member the person
     * @param module the module
     * @return true if the team names them as the module's lead
     */
    public boolean leads(MemberId member, ModuleId module) {
        Objects.requireNonNull(member, "member");
        return moduleLead(module).filter(member::equals).isPresent();
    }

    /**
     * This team with a member added, or replaced when a member with the same id is already on it.
     *
     * @param member the member
     * @return a copy
     */
    public Team withMember(Member member) {
        Objects.requireNonNull(member, "member");
        List<Member> next = new ArrayList<>(members);
        int index = indexOf(member.id());
        if (index < 0) {
            next.add(member);
        } else {
            next.set(index, member);
        }
        return new Team(next, modules);
    }

    /**
     * This team with a module added, or replaced when the module is already declared.
     *
     * @param module the module and its lead
     * @return a copy
     */
    public Team withModule(TeamModule module) {
        Objects.requireNonNull(module, "module");
        List<TeamModule> next = new ArrayList<>(modules);
        boolean replaced = false;
        for (int i = 0; i < next.size() && !replaced; i++) {
            if (next.get(i).id().equals(module.id())) {
                next.set(i, module);
                replaced = true;
            }
        }
        if (!replaced) {
            next.add(module);
        }
        return new Team(members, next);
    }

    private int indexOf(MemberId id) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * This team as the skeleton of the next campaign: the same members in the same roles,
     * departments, contacts and duties, and the same modules with their leads. A team records no
     * date, actual or signature, so nothing is stripped; it is the part of a template most likely
     * to be edited before it is used again.
     *
     * @return this team
     */
    public Team template() {
        return this;
    }
}
