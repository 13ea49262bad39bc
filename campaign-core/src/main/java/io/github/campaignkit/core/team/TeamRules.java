package io.github.campaignkit.core.team;

import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules a {@link Team} must pass before its campaign leaves planning: exactly one overall lead;
 * every member once and named; every module once; every module lead a member who is not an
 * executor. A member in the module-lead tier who leads no module is a warning.
 *
 * <p>Paths are relative to the team ({@code members[2].role}, {@code modules[0].lead}).
 */
public final class TeamRules {

    private static final Rule<Team> STANDARD = TeamRules::check;

    private TeamRules() {
    }

    /**
     * The standard team rules.
     *
     * @return the rule
     */
    public static Rule<Team> standard() {
        return STANDARD;
    }

    /**
     * The team's overall lead is the given person, the campaign profile's overall lead: the two must
     * agree. Reports {@code team.overall-lead.mismatch} when the team has exactly one overall lead and
     * it is someone else; a team without exactly one overall lead is left to {@link #standard()}.
     *
     * @param expected the overall lead the campaign's profile names
     * @return the rule
     */
    public static Rule<Team> overallLeadIs(MemberId expected) {
        Objects.requireNonNull(expected, "expected");
        return team -> team.overallLead()
                .filter(lead -> !lead.equals(expected))
                .map(lead -> List.of(Violation.of(TeamViolation.OVERALL_LEAD_MISMATCH,
                        RulePaths.indexed("members", indexOf(team, lead)) + ".role", expected, lead)))
                .orElse(List.empty());
    }

    /**
     * Every person named elsewhere is a member of the team: one {@code team.member.unknown} per
     * reference to a stranger, at the reference's path.
     *
     * @param team       the team
     * @param references the people named, by the path naming them, e.g. from
     *                   {@link TaskBoard#memberReferences()}
     * @return the violations, in the order of the references
     */
    public static Seq<Violation> references(Team team, Map<String, MemberId> references) {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(references, "references");
        Set<MemberId> known = new HashSet<>();
        team.members().forEach(m -> known.add(m.id()));
        List<Violation> found = List.empty();
        for (Map.Entry<String, MemberId> ref : references.entrySet()) {
            if (!known.contains(ref.getValue())) {
                found = found.append(Violation.of(TeamViolation.MEMBER_UNKNOWN, ref.getKey(), ref.getValue().value()));
            }
        }
        return found;
    }

    private static Seq<Violation> check(Team team) {
        List<Violation> found = List.empty();
        java.util.List<Member> members = team.members();
        Set<MemberId> seen = new HashSet<>();
        int leads = 0;
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            String path = RulePaths.indexed("members", i);
            if (!seen.add(member.id())) {
                found = found.append(Violation.of(TeamViolation.MEMBER_DUPLICATE, path + ".id", member.id()));
            }
            if (member.name().isBlank()) {
                found = found.append(Violation.of(TeamViolation.MEMBER_NAME_BLANK, path + ".name", member.id()));
            }
            if (member.role() == TeamRole.OVERALL_LEAD) {
                leads++;
                if (leads > 1) {
                    found = found.append(Violation.of(TeamViolation.OVERALL_LEAD_MULTIPLE, path + ".role",
                            member.id()));
                }
            }
        }
        if (leads == 0) {
            found = found.append(Violation.of(TeamViolation.OVERALL_LEAD_MISSING, "members"));
        }
        Set<ModuleId> modules = new HashSet<>();
        Set<MemberId> moduleLeads = new HashSet<>();
        for (int i = 0; i < team.modules().size(); i++) {
            TeamModule module = team.modules().get(i);
            String path = RulePaths.indexed("modules", i);
            if (!modules.add(module.id())) {
                found = found.append(Violation.of(TeamViolation.MODULE_DUPLICATE, path + ".id", module.id().value()));
            }
            if (module.lead().isPresent()) {
                MemberId lead = module.lead().get();
                moduleLeads.add(lead);
                java.util.Optional<Member> member = team.member(lead);
                if (member.isEmpty()) {
                    found = found.append(Violation.of(TeamViolation.MEMBER_UNKNOWN, path + ".lead", lead));
                } else if (member.get().role() == TeamRole.EXECUTOR) {
                    found = found.append(Violation.of(TeamViolation.MODULE_LEAD_EXECUTOR, path + ".lead",
                            lead, module.id().value()));
                }
            }
        }
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (member.role() == TeamRole.MODULE_LEAD && !moduleLeads.contains(member.id())) {
                found = found.append(Violation.of(TeamViolation.MODULE_LEAD_IDLE,
                        RulePaths.indexed("members", i) + ".role", member.id()));
            }
        }
        return found;
    }

    private static int indexOf(Team team, MemberId id) {
        for (int i = 0; i < team.members().size(); i++) {
            if (team.members().get(i).id().equals(id)) {
                return i;
            }
        }
        return 0;
    }
}
