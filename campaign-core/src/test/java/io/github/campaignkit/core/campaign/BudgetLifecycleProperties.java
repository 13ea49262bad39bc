package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.budget.BudgetRules;
import io.github.campaignkit.core.budget.ReviewerRole;
import io.github.campaignkit.core.budget.Verdict;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.BudgetArbitraries;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BudgetLifecycleProperties {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    /** A campaign whose budget was revised (new version), submitted and reviewed by every required department. */
    private static Campaign submitted(Campaign campaign) {
        MemberId lead = campaign.profile().overallLead();
        Campaign current = Lifecycle.standard().apply(campaign, CampaignCommand.by(lead,
                new BudgetChange.Revise(campaign.budget().plan())), CLOCK).get();
        current = Lifecycle.standard().apply(current, CampaignCommand.by(lead, new BudgetChange.Submit()),
                CLOCK).get();
        for (ReviewerRole role : current.budget().plan().policy().requiredReviewers()) {
            current = Lifecycle.standard().apply(current, CampaignCommand.by(
                    current.budget().plan().reviewer(role).orElseThrow(),
                    new BudgetChange.Review(role, Verdict.AGREE, "同意")), CLOCK).get();
        }
        return current;
    }

    @Property(tries = 100)
    void onlyTheNamedApproverApproves(@ForAll("planned") Campaign planned, @ForAll("members") MemberId actor,
                                      @ForAll boolean approve) {
        Campaign campaign = submitted(planned);
        MemberId approver = campaign.budget().plan().approver().orElseThrow();
        BudgetChange decision = approve ? new BudgetChange.Approve("") : new BudgetChange.Reject("预算过高");
        Either<Refusal, Campaign> result = Lifecycle.standard().apply(campaign,
                CampaignCommand.by(actor, decision), CLOCK);
        if (actor.equals(approver)) {
            assertThat(result.get().budget().version()).isEqualTo(planned.budget().version() + 1);
            assertThat(result.get().budget().approval().decision().orElseThrow().approver()).isEqualTo(approver);
        } else {
            assertThat(result.getLeft().codes()).containsExactly("budget.approval.not-approver");
        }
    }

    @Property(tries = 100)
    void everyAcceptedBudgetChangeRaisesTheRevisionAndLeavesTheStage(@ForAll("campaigns") Campaign campaign,
                                                                     @ForAll("changes") BudgetChange change,
                                                                     @ForAll boolean byLead) {
        Assume.that(!campaign.isTerminal());
        MemberId actor = byLead ? campaign.profile().overallLead()
                : campaign.budget().plan().approver().orElse(campaign.profile().overallLead());
        Either<Refusal, Campaign> result = Lifecycle.standard().apply(campaign,
                CampaignCommand.by(actor, change), CLOCK);
        if (result.isRight()) {
            assertThat(result.get().revision()).isEqualTo(campaign.revision() + 1);
            assertThat(result.get().stage()).isEqualTo(campaign.stage());
            assertThat(result.get().history()).isEqualTo(campaign.history());
            assertThat(result.get().profile()).isEqualTo(campaign.profile());
        } else {
            assertThat(result.getLeft().violations()).isNotEmpty();
            assertThat(result.getLeft().violations().map(v -> v.path()))
                    .allMatch(p -> p.equals("actor") || p.equals("basedOnRevision") || p.startsWith("budget")
                            || p.startsWith("change"));
        }
    }

    @Property(tries = 100)
    void generatedCampaignsCanLeaveEveryStageOnceTheirBudgetIsClosed(@ForAll("planned") Campaign planned) {
        Campaign campaign = planned;
        MemberId lead = campaign.profile().overallLead();
        while (!campaign.isTerminal()) {
            if (campaign.stage() == Stage.EXECUTION) {
                for (io.github.campaignkit.core.team.Task task : campaign.board().tasks()) {
                    campaign = Lifecycle.standard().apply(campaign, CampaignCommand.by(lead, BoardChange.ChangeTaskStatus.of(task.id(),
                            io.github.campaignkit.core.team.TaskStatus.DONE)), CLOCK).get();
                }
            }
            if (campaign.stage() == Stage.REVIEW) {
                campaign = io.github.campaignkit.core.testkit.SupplyArbitraries.evaluateChosen(
                        CampaignArbitraries.recordResults(CampaignArbitraries.closeBudget(campaign, CLOCK), CLOCK), CLOCK);
                assertThat(BudgetRules.readyToClose().check(campaign.budget())).isEmpty();
                campaign = CampaignArbitraries.recordReview(campaign, CLOCK);
            }
            campaign = Lifecycle.standard().apply(campaign, CampaignCommand.advance(lead), CLOCK)
                    .getOrElseThrow(refusal -> new AssertionError(refusal.toString()));
        }
        assertThat(campaign.stage()).isEqualTo(Stage.CLOSED);
    }

    @Provide
    Arbitrary<Campaign> planned() {
        return CampaignArbitraries.plannedCampaigns();
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        return CampaignArbitraries.campaigns();
    }

    @Provide
    Arbitrary<BudgetChange> changes() {
        return BudgetArbitraries.changes();
    }

    @Provide
    Arbitrary<MemberId> members() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, CampaignArbitraries.memberIds()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(List.of(MemberId.of("liu.zong")))));
    }
}
