package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.CostSharing;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.budget.PartnerShare;
import io.github.campaignkit.core.budget.ReviewerRole;
import io.github.campaignkit.core.budget.SpendEntry;
import io.github.campaignkit.core.budget.Verdict;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The budget through the standard lifecycle: commands, access, and the planning and review gates. */
class BudgetLifecycleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-21T02:00:00Z"), ZoneOffset.UTC);
    /** The standard access policy with the profile and budget gates only: this test is about the budget. */
    private static final Lifecycle LIFECYCLE = Lifecycle.withoutGates()
            .withGate(Stage.PLANNING, Gates.profileComplete())
            .withGate(Stage.PLANNING, Gates.budgetApproved())
            .withGate(Stage.REVIEW, Gates.budgetSettled());

    private static Campaign apply(Campaign campaign, MemberId actor, BudgetChange change) {
        return LIFECYCLE.apply(campaign, CampaignCommand.by(actor, change), CLOCK).get();
    }

    @Test
    void planningCannotBeLeftWithoutAnApprovedBudget() {
        Campaign campaign = Campaign.plan(Seed000.ID, Seed000.profile());
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK).getLeft();
        assertThat(refusal.codes()).containsExactly("budget.approval.not-approved", "budget.lines.empty");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] budget.approval.status：预算当前为“草稿”，尚未批准。\n[错误] budget.plan.lines：预算尚无明细项目。");
        assertThat(refusal.message(Locale.ENGLISH)).isEqualTo(
                "[error] budget.approval.status: The budget is draft, not approved.\n"
                        + "[error] budget.plan.lines: The budget has no lines.");
    }

    @Test
    void theBudgetIsDraftedSubmittedReviewedAndApprovedThroughCommands() {
        Campaign campaign = Campaign.plan(Seed000.ID, Seed000.profile());
        campaign = apply(campaign, Seed000.LEAD, new BudgetChange.Revise(Seed000.plan()));
        campaign = apply(campaign, Seed000.LEAD, new BudgetChange.Submit());
        campaign = apply(campaign, Seed000.FINANCE, new BudgetChange.Review(ReviewerRole.FINANCE, Verdict.AGREE, "合理"));
        campaign = apply(campaign, Seed000.APPROVER, new BudgetChange.Approve("同意"));
        assertThat(campaign.revision()).isEqualTo(4);
        assertThat(campaign.history()).isEmpty();
        assertThat(campaign.stage()).isEqualTo(Stage.PLANNING);
        assertThat(campaign.budget().approval().decision().orElseThrow().at()).isEqualTo(CLOCK.instant());

        Campaign preparing = LIFECYCLE.apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK).get();
        assertThat(preparing.stage()).isEqualTo(Stage.PREPARATION);
    }

    @Test
    void onlyTheNamedApproverApproves() {
        Campaign submitted = Campaign.plan(Seed000.ID, Seed000.profile());
        submitted = apply(submitted, Seed000.LEAD, new BudgetChange.Revise(Seed000.plan()));
        submitted = apply(submitted, Seed000.LEAD, new BudgetChange.Submit());
        submitted = apply(submitted, Seed000.FINANCE, new BudgetChange.Review(ReviewerRole.FINANCE, Verdict.AGREE, ""));

        Refusal byLead = LIFECYCLE.apply(submitted, CampaignCommand.by(Seed000.LEAD,
                new BudgetChange.Approve("")), CLOCK).getLeft();
        assertThat(byLead.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] actor：zhang.jingli 无权审批此预算，只有审批人 liu.zong 可以。");
        assertThat(byLead.message(Locale.ENGLISH))
                .isEqualTo("[error] actor: zhang.jingli may not approve or reject this budget; only its approver liu.zong may.");

        Refusal review = LIFECYCLE.apply(submitted, CampaignCommand.by(Seed000.PLANNER,
                new BudgetChange.Review(ReviewerRole.FINANCE, Verdict.AGREE, "")), CLOCK).getLeft();
        assertThat(review.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] actor：li.cehua 无权代表财务评审，指定的财务评审人是 zhao.caiwu。");
        Refusal legal = LIFECYCLE.apply(submitted, CampaignCommand.by(Seed000.PLANNER,
                new BudgetChange.Review(ReviewerRole.LEGAL, Verdict.AGREE, "")), CLOCK).getLeft();
        assertThat(legal.codes()).containsExactly("budget.approval.reviewer-unnamed");

        Refusal submit = LIFECYCLE.apply(Seed000.campaign(), CampaignCommand.by(Seed000.PLANNER,
                new BudgetChange.Revise(Seed000.plan())).basedOn(3), CLOCK).getLeft();
        assertThat(submit.codes()).containsExactly("campaign.lifecycle.stale-revision", "budget.access.lead-only");

        // The approver approves, but the overall lead still alone moves the stage.
        Campaign approved = apply(submitted, Seed000.APPROVER, new BudgetChange.Approve(""));
        Refusal advance = LIFECYCLE.apply(approved, CampaignCommand.advance(Seed000.APPROVER), CLOCK).getLeft();
        assertThat(advance.codes()).containsExactly("campaign.lifecycle.access-denied");
    }

    @Test
    void refusedBudgetChangesNameTheirPartsFromTheCampaign() {
        Refusal refusal = LIFECYCLE.apply(Seed000.campaign(), CampaignCommand.by(Seed000.LEAD,
                new BudgetChange.RecordSpend(SpendEntry.of(BudgetLineId.of("X9"), LocalDate.of(2024, 6, 2),
                        Money.of(100, Seed000.CNY)))), CLOCK).getLeft();
        assertThat(refusal.violations().map(Violation::path)).containsExactly("change.entry.line");
        Refusal submit = LIFECYCLE.apply(Seed000.campaign(), CampaignCommand.by(Seed000.LEAD,
                new BudgetChange.Submit()), CLOCK).getLeft();
        assertThat(submit.violations().map(Violation::path)).containsExactly("budget.approval.status");
    }

    @Test
    void lineOwnersRecordTheirOwnSpend() {
        Campaign campaign = Seed000.campaign();
        SpendEntry design = SpendEntry.of(BudgetLineId.of("M1"), LocalDate.of(2024, 6, 2), Money.of(8_000, Seed000.CNY));
        Campaign spent = apply(campaign, Seed000.PLANNER, new BudgetChange.RecordSpend(design));
        assertThat(spent.budget().actual(BudgetLineId.of("M1"))).contains(Money.of(8_000, Seed000.CNY));

        SpendEntry ads = SpendEntry.of(BudgetLineId.of("C1"), LocalDate.of(2024, 6, 2), Money.of(8_000, Seed000.CNY));
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.by(Seed000.PLANNER,
                new BudgetChange.RecordSpend(ads)), CLOCK).getLeft();
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[错误] actor：李策划（li.cehua）无权登记“抖音信息流投放”"
                + "的实际支出或差异说明，只有该项负责人张经理（zhang.jingli）或总负责人张经理（zhang.jingli）可以。");
    }

    @Test
    void reviewCannotBeLeftBeforeActualsExplanationsAndSettlement() {
        Campaign campaign = Seed000.campaign();
        campaign = apply(campaign, Seed000.LEAD, new BudgetChange.AgreeCostSharing(CostSharing.of(
                PartnerShare.of(PartnerId.of("品牌方"), "70"), PartnerShare.of(PartnerId.of("平台方"), "30"))));
        for (int i = 0; i < 3; i++) {
            campaign = LIFECYCLE.apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK).get();
        }
        assertThat(campaign.stage()).isEqualTo(Stage.REVIEW);
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK).getLeft();
        assertThat(refusal.codes()).containsExactly("budget.actual.missing", "budget.actual.missing",
                "budget.actual.missing", "budget.actual.missing", "budget.actual.missing", "budget.settlement.missing");
        assertThat(refusal.violations().head().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“直播主播”尚未登记实际支出；如无支出，请登记 0 并注明原因。");

        for (BudgetLine line : campaign.budget().plan().lines()) {
            Money actual = line.id().value().equals("C1") ? Money.of(75_000, Seed000.CNY) : line.amount();
            campaign = apply(campaign, Seed000.LEAD, new BudgetChange.RecordSpend(new SpendEntry(line.id(),
                    LocalDate.of(2024, 6, 18), actual, Optional.empty(), Optional.empty(),
                    Optional.of(PartnerId.of("品牌方")))));
        }
        Refusal unexplained = LIFECYCLE.apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK).getLeft();
        assertThat(unexplained.codes()).containsExactly("budget.variance.unexplained", "budget.settlement.missing");
        assertThat(unexplained.violations().head().path()).isEqualTo("budget.plan.lines[1]");

        campaign = apply(campaign, Seed000.LEAD, new BudgetChange.ExplainVariance(BudgetLineId.of("C1"), "爆发期追加投放"));
        campaign = apply(campaign, Seed000.LEAD, new BudgetChange.Settle());
        Campaign closed = LIFECYCLE.apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK).get();
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        Budget budget = closed.budget();
        assertThat(budget.settlement().orElseThrow().lines()).extracting(l -> l.balance().toString())
                .containsExactly("-47700.00 CNY", "47700.00 CNY");
    }

    @Test
    void withoutGatesTheBudgetDoesNotBlock() {
        Campaign campaign = Campaign.plan(Seed000.ID, Seed000.profile());
        Lifecycle profileOnly = Lifecycle.withoutGates().withGate(Stage.PLANNING, Gates.profileComplete());
        assertThat(profileOnly.apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK).get().stage())
                .isEqualTo(Stage.PREPARATION);
        assertThat(Lifecycle.standard().gates(Stage.REVIEW)).contains(Gates.budgetSettled());
    }
}
