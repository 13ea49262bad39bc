package io.github.campaignkit.examples;

import io.github.campaignkit.core.campaign.Accepted;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.Gates;
import io.github.campaignkit.core.campaign.Journal;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.ProfileChange;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamChange;
import io.github.campaignkit.core.team.TeamRole;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The quick start of README.md, verbatim: a test keeps the two the same. It checks only the
 * profile gate, to show a refusal and the lifecycle; {@link Lifecycle#standard()} also needs
 * signed SMART goals to leave planning (see {@link Promotion618} and {@link BackToSchool}).
 */
public final class QuickStart {

    private final PrintStream out;

    /**
     * A quick start that prints to the given stream.
     *
     * @param out where to print
     */
    public QuickStart(PrintStream out) {
        this.out = out;
    }

    /**
     * Plans a campaign, is refused, completes the profile, forms the team and moves on.
     *
     * @return the campaign in preparation
     */
    public Campaign run() {
        MemberId lead = MemberId.of("zhang.jingli");
        CampaignProfile draft = CampaignProfile.builder()
                .name("品牌618促销活动")
                .theme("年中大促·满300减50")
                .kind(CampaignKind.ONLINE)
                .scale(CampaignScale.LARGE)
                .window(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
                .audience(TargetAudience.of("18-35岁女性，客单价150-300元"))
                .overallLead(lead)
                .build();
        Campaign campaign = Campaign.plan(CampaignId.of("2024-618"), draft);
        Campaign created = campaign;
        // The standard lifecycle also wants an approved budget (see Promotion618); here, profile and team.
        Lifecycle lifecycle = Lifecycle.withoutGates()
                .withGate(Stage.PLANNING, Gates.profileComplete())
                .withGate(Stage.PLANNING, Gates.teamValid());
        Clock clock = Clock.systemUTC();

        // No department takes part and nobody is on the team yet: the planning gate refuses and says
        // so, in Chinese.
        Either<Refusal, Campaign> refused = lifecycle.apply(campaign, CampaignCommand.advance(lead), clock);
        out.println(refused.getLeft().message(Locale.SIMPLIFIED_CHINESE));
        // [错误] profile.departments：尚未指定参与部门。
        // [错误] team.members：团队尚未指定总负责人。

        // Every change is a command through the one door; each accepted one is a journal entry.
        CampaignProfile complete = draft.withDepartments(List.of(Department.of("市场部")));
        Team team = Team.builder().addMembers(Member.of(lead, "张经理", TeamRole.OVERALL_LEAD)).build();
        Journal journal = Journal.empty();
        for (CampaignCommand command : List.of(
                CampaignCommand.by(lead, ProfileChange.ReviseProfile.of(complete)),
                CampaignCommand.by(lead, TeamChange.ReviseTeam.of(team)),
                CampaignCommand.advance(lead))) {
            Accepted accepted = lifecycle.execute(campaign, command, clock).get();
            campaign = accepted.campaign();
            journal = journal.append(accepted);      // a service appends accepted.entry() to its store
        }
        out.println(campaign.stage().label(Locale.SIMPLIFIED_CHINESE) + " / revision " + campaign.revision());
        // 准备 / revision 3
        out.println(journal.last().orElseThrow().summary(Locale.SIMPLIFIED_CHINESE));
        // 2026-12-07 09:30 · 第 3 版 · zhang.jingli 推进了阶段
        out.println(Journal.replay(created, journal).get().equals(campaign));
        // true: replaying the journal from the campaign's creation gives it back
        return campaign;
    }
}
