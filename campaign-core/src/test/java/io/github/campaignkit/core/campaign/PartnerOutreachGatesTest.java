package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.budget.CostSharing;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.budget.PartnerShare;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.outreach.ChannelKind;
import io.github.campaignkit.core.outreach.ChannelRow;
import io.github.campaignkit.core.outreach.CreativeItem;
import io.github.campaignkit.core.outreach.CreativeModule;
import io.github.campaignkit.core.outreach.OutreachChange;
import io.github.campaignkit.core.outreach.OutreachPlan;
import io.github.campaignkit.core.partner.Contact;
import io.github.campaignkit.core.partner.Criterion;
import io.github.campaignkit.core.partner.CriterionKind;
import io.github.campaignkit.core.partner.Duty;
import io.github.campaignkit.core.partner.Partner;
import io.github.campaignkit.core.partner.PartnerChange;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.partner.PartnerRole;
import io.github.campaignkit.core.partner.Scorecard;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.PhaseKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The partner and outreach gates on seed 000's campaign, paths from the campaign root, and the
 * commands that revise the two plans through the lifecycle.
 */
class PartnerOutreachGatesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-25T02:00:00Z"), ZoneOffset.UTC);
    private static final PartnerId BRAND = PartnerId.of("品牌方");
    private static final PartnerId PLATFORM = PartnerId.of("电商平台");

    private static ChannelRow row(String channel, PhaseKind phase, DateRange timing, String... metrics) {
        var builder = ChannelRow.builder().channel(Channel.of(channel)).kind(ChannelKind.ONLINE).contentForm("短视频")
                .phase(phase).timing(timing).owner(Seed000.PLANNER);
        for (String m : metrics) {
            builder.addMetrics(MetricId.of(m));
        }
        return builder.build();
    }

    private static DateRange june(int from, int to) {
        return DateRange.of(LocalDate.of(2024, 6, from), LocalDate.of(2024, 6, to));
    }

    private static Partner partner(PartnerId id, PartnerRole role, String share) {
        return Partner.builder().id(id).name(id.value()).role(role).addDuties(Duty.of("执行支持"))
                .addContacts(Contact.of("王总", "总经理", "")).decisionProcess("对接人确认→总经理审批")
                .costShare(new BigDecimal(share)).exposureShare(new BigDecimal(share)).build();
    }

    private static PartnerPlan partners(String brand, String platform) {
        return PartnerPlan.builder().scorecard(Scorecard.of(BigDecimal.ZERO, BigDecimal.TEN,
                        Criterion.of(CriterionKind.AUDIENCE_OVERLAP, "用户群体重叠度", "100")))
                .addPartners(partner(BRAND, PartnerRole.LEAD, brand), partner(PLATFORM, PartnerRole.SUPPORTING, platform))
                .build();
    }

    @Test
    void aCampaignWithoutPartnersOrChannelsPassesTheDefaultGatesButNotOutreachPlanned() {
        Campaign campaign = Seed000.campaign();

        assertThat(Gates.partnersAgreed().check(campaign)).isEmpty();
        assertThat(Gates.channelsCoverGoals().check(campaign)).isEmpty();
        assertThat(Gates.creativePlanned().check(campaign)).isEmpty();
        assertThat(Gates.outreachPlanned().check(campaign)).extracting(Violation::code, Violation::path)
                .startsWith(tuple("outreach.matrix.empty", "outreach.matrix"));
    }

    @Test
    void leavingPlanningNeedsEveryGoalServedAndThePartnersSharesInTheBudget() {
        OutreachPlan outreach = OutreachPlan.builder()
                .addMatrix(row("抖音", PhaseKind.WARM_UP, june(1, 10), "search"),
                        row("小红书", PhaseKind.BURST, june(11, 18), "units"))
                .addCreative(CreativeItem.builder().module(CreativeModule.THEME).designPoint("突出核心利益点")
                        .content("年中大促·满300减50").owner(Seed000.PLANNER).due(LocalDate.of(2024, 6, 2)).build())
                .build();
        Campaign campaign = Campaign.builder().from(Seed000.campaign()).outreach(outreach).partners(partners("70", "30")).budget(Seed000.campaign().budget().toBuilder()
                        .costSharing(CostSharing.of(PartnerShare.of(BRAND, "60"), PartnerShare.of(PLATFORM, "40")))
                        .build()).build();

        Refusal refusal = Lifecycle.standard().apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK)
                .getLeft();

        assertThat(refusal.violations()).extracting(Violation::code, Violation::path).contains(
                tuple("partner.cost-sharing.mismatch", "partners.partners[0].costShare"),
                tuple("partner.cost-sharing.mismatch", "partners.partners[1].costShare"),
                tuple("outreach.goal.unserved", "outreach.matrix"),
                tuple("outreach.creative.due-late", "outreach.creative[0].due"));
    }

    @Test
    void consistentPartnersAndAMatrixServingEveryGoalLetTheCampaignLeavePlanning() {
        OutreachPlan outreach = OutreachPlan.builder()
                .addMatrix(row("抖音", PhaseKind.WARM_UP, june(1, 10), "search", "members"),
                        row("小红书", PhaseKind.BURST, june(11, 18), "units"))
                .build();
        PartnerPlan partners = partners("60", "40");
        Campaign campaign = Campaign.builder().from(Seed000.campaign()).outreach(outreach).partners(partners).build();
        campaign = Lifecycle.standard().apply(campaign, CampaignCommand.by(Seed000.LEAD,
                new BudgetChange.AgreeCostSharing(partners.costSharing().get())), CLOCK).get();

        assertThat(Gates.partnersAgreed().check(campaign)).isEmpty();
        assertThat(Gates.channelsCoverGoals().check(campaign)).isEmpty();
        var advanced = Lifecycle.standard().apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK);
        assertThat(advanced.isLeft() ? advanced.getLeft().codes().mkString(", ") : "").isEmpty();
        assertThat(advanced.get().stage()).isEqualTo(Stage.PREPARATION);
    }

    @Test
    void theEmptyPartsOfAPlannedCampaign() {
        Campaign planned = Campaign.plan(Seed000.ID, Seed000.profile());
        assertThat(planned.partners()).isEqualTo(PartnerPlan.empty());
        assertThat(planned.outreach()).isEqualTo(OutreachPlan.empty());
        assertThat(Campaign.builder().from(planned).partners(partners("50", "50")).build().partners().partners()).hasSize(2);
        assertThat(List.of(planned.partners().isEmpty(), planned.outreach().isEmpty())).containsOnly(true);
    }

    @Test
    void theOverallLeadRevisesThePartnerAndOutreachPlansThroughTheLifecycle() {
        Campaign campaign = Seed000.campaign();
        PartnerPlan partners = partners("60", "40");
        OutreachPlan outreach = OutreachPlan.builder().addMatrix(row("抖音", PhaseKind.WARM_UP, june(1, 10), "search"))
                .build();

        Campaign withPartners = Lifecycle.standard().apply(campaign,
                CampaignCommand.by(Seed000.LEAD, PartnerChange.RevisePartners.of(partners)).basedOn(campaign.revision()), CLOCK).get();
        Campaign withBoth = Lifecycle.standard().apply(withPartners,
                CampaignCommand.by(Seed000.LEAD, OutreachChange.ReviseOutreach.of(outreach)).basedOn(withPartners.revision()), CLOCK).get();

        assertThat(withBoth.partners()).isEqualTo(partners);
        assertThat(withBoth.outreach()).isEqualTo(outreach);
        assertThat(withBoth.revision()).isEqualTo(campaign.revision() + 2);
        assertThat(withBoth.stage()).isEqualTo(campaign.stage());
        assertThat(withBoth.history()).isEqualTo(campaign.history());
        // A draft is recorded as given: the gates, not the command, ask for what it lacks.
        Campaign draft = Lifecycle.standard().apply(campaign, CampaignCommand.by(Seed000.LEAD, OutreachChange.ReviseOutreach.of(OutreachPlan.empty())), CLOCK).get();
        assertThat(draft.outreach().isEmpty()).isTrue();
    }

    @Test
    void onlyTheOverallLeadRevisesThePlansAndAStaleRevisionIsRefused() {
        Campaign campaign = Seed000.campaign();
        Refusal partners = Lifecycle.standard().apply(campaign,
                CampaignCommand.by(Seed000.PLANNER, PartnerChange.RevisePartners.of(partners("60", "40"))), CLOCK).getLeft();
        Refusal outreach = Lifecycle.standard().apply(campaign,
                CampaignCommand.by(Seed000.PLANNER, OutreachChange.ReviseOutreach.of(OutreachPlan.empty())).basedOn(campaign.revision() + 1),
                CLOCK).getLeft();

        assertThat(partners.codes()).containsExactly("campaign.lifecycle.access-denied");
        assertThat(partners.message(Locale.ENGLISH)).isEqualTo(
                "[error] actor: 李策划 (li.cehua) may not revise the partners: in this campaign only the overall lead "
                        + "张经理 (zhang.jingli) may.");
        assertThat(partners.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "[错误] actor：李策划（li.cehua）无权修改合作方方案，此活动中只有总负责人张经理（zhang.jingli）可以。");
        assertThat(outreach.codes()).containsExactly("campaign.lifecycle.stale-revision",
                "campaign.lifecycle.access-denied");
        assertThat(outreach.message(Locale.SIMPLIFIED_CHINESE)).contains("李策划（li.cehua）无权修改渠道与创意方案，此活动中只有总负责人");
        assertThat(outreach.message(Locale.ENGLISH)).contains("may not revise the outreach plan: in this campaign only the overall lead");
        assertThat(PartnerChange.Type.REVISE_PARTNERS.label(Locale.ENGLISH)).isEqualTo("revise the partners");
        assertThat(OutreachChange.Type.REVISE_OUTREACH.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("修改渠道与创意方案");
    }
}
