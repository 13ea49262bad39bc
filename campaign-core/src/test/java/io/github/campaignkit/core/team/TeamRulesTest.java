package io.github.campaignkit.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.rule.Violation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TeamRulesTest {

    private static final Team TEAM = Seed004.team();

    @Test
    void anEmptyTeamHasNoOverallLead() {
        Violation missing = TeamRules.standard().check(Team.empty()).single();
        assertThat(missing.code()).isEqualTo("team.overall-lead.missing");
        assertThat(missing.path()).isEqualTo("members");
        assertThat(missing.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("团队尚未指定总负责人。");
        assertThat(Team.empty().overallLead()).isEmpty();
    }

    @Test
    void aTeamHasExactlyOneOverallLead() {
        Team two = TEAM.withMember(Member.of(Seed004.LIU, "刘*", TeamRole.OVERALL_LEAD));
        assertThat(TeamRules.standard().check(two)).extracting(v -> v.code() + "@" + v.path())
                .containsExactly("team.overall-lead.multiple@members[5].role");
        assertThat(two.overallLead()).isEmpty();
        assertThat(TEAM.overallLead()).contains(Seed004.ZHANG);
    }

    @Test
    void theTeamsOverallLeadMustBeTheProfiles() {
        assertThat(TeamRules.overallLeadIs(Seed004.ZHANG).check(TEAM)).isEmpty();
        Violation mismatch = TeamRules.overallLeadIs(Seed004.LI).check(TEAM).single();
        assertThat(mismatch.path()).isEqualTo("members[0].role");
        assertThat(mismatch.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("活动概况的总负责人是 li，而团队的总负责人是 zhang，两者必须是同一人。");
        assertThat(mismatch.message(Locale.ENGLISH))
                .isEqualTo("The campaign's overall lead is li, but the team's is zhang; they must be the same person.");
    }

    @Test
    void moduleLeadsAreMembersAboveTheExecutorTier() {
        Team team = TEAM.withModule(TeamModule.of(Seed004.DATA, Seed004.SUN))
                .withModule(TeamModule.of(ModuleId.MEDIA, MemberId.of("chen")))
                .withMember(Member.builder().id(MemberId.of("qian")).name(" ").role(TeamRole.MODULE_LEAD).build());
        assertThat(TeamRules.standard().check(team)).extracting(v -> v.code() + "@" + v.path()).containsExactly(
                "team.member.name.blank@members[8].name",
                "team.module.lead.executor@modules[3].lead",
                "team.member.unknown@modules[5].lead",
                "team.module.lead.idle@members[3].role",
                "team.module.lead.idle@members[8].role");
        Violation idle = TeamRules.standard().check(team).last();
        assertThat(idle.isWarning()).isTrue();
    }

    @Test
    void membersAndModulesAreListedOnce() {
        Team team = Team.builder().from(TEAM).addMembers(Member.of(Seed004.WU, "吴二", TeamRole.EXECUTOR))
                .addModules(TeamModule.of(Seed004.DESIGN, Seed004.LI)).build();
        assertThat(TeamRules.standard().check(team)).extracting(Violation::code)
                .containsExactly("team.member.duplicate", "team.module.duplicate");
    }

    @Test
    void standardModulesReadInBothLanguagesAndCustomOnesByName() {
        assertThat(ModuleId.of("planning")).isEqualTo(ModuleId.PLANNING);
        assertThat(ModuleId.LOGISTICS.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("后勤");
        assertThat(ModuleId.MEDIA.label(Locale.ENGLISH)).isEqualTo("media");
        assertThat(Seed004.OFFLINE.label(Locale.ENGLISH)).isEqualTo("线下执行");
        assertThat(Seed004.OFFLINE.standard()).isEmpty();
        assertThat(TeamRole.EXECUTOR.above()).contains(TeamRole.MODULE_LEAD);
        assertThat(TeamRole.OVERALL_LEAD.above()).isEmpty();
    }
}
