package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.outreach.OutreachChange;
import io.github.campaignkit.core.outreach.OutreachPlan;
import io.github.campaignkit.core.partner.PartnerChange;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.OutreachArbitraries;
import io.github.campaignkit.core.testkit.PartnerArbitraries;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The partner and outreach revisions through the standard lifecycle, for every campaign: they
 * replace their part and nothing else, and they are accepted exactly when the campaign is not
 * terminal, the actor is the overall lead and a stated revision is the campaign's.
 */
class PlanRevisionProperties {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    @Provide
    Arbitrary<Campaign> campaigns() {
        return CampaignArbitraries.campaigns();
    }

    @Provide
    Arbitrary<PartnerPlan> partnerPlans() {
        return PartnerArbitraries.plans();
    }

    @Provide
    Arbitrary<OutreachPlan> outreachPlans() {
        return OutreachArbitraries.plans();
    }

    @Property(tries = 100)
    void revisingThePartnersReplacesThemAndNothingElse(@ForAll("campaigns") Campaign campaign,
                                                       @ForAll("partnerPlans") PartnerPlan partners) {
        Either<Refusal, Campaign> result = Lifecycle.standard().apply(campaign,
                CampaignCommand.by(campaign.profile().overallLead(), PartnerChange.RevisePartners.of(partners)), CLOCK);
        if (campaign.isTerminal()) {
            assertThat(result.getLeft().codes()).containsExactly("campaign.lifecycle.terminal");
            return;
        }
        Campaign next = result.get();
        assertThat(next.partners()).isEqualTo(partners);
        assertThat(next.revision()).isEqualTo(campaign.revision() + 1);
        assertThat(Campaign.builder().from(next).partners(campaign.partners()).build().toBuilder().revision(campaign.revision()).build())
                .isEqualTo(campaign);
    }

    @Property(tries = 100)
    void revisingTheOutreachReplacesItAndNothingElse(@ForAll("campaigns") Campaign campaign,
                                                     @ForAll("outreachPlans") OutreachPlan outreach) {
        Either<Refusal, Campaign> result = Lifecycle.standard().apply(campaign,
                CampaignCommand.by(campaign.profile().overallLead(), OutreachChange.ReviseOutreach.of(outreach)), CLOCK);
        if (campaign.isTerminal()) {
            assertThat(result.getLeft().codes()).containsExactly("campaign.lifecycle.terminal");
            return;
        }
        Campaign next = result.get();
        assertThat(next.outreach()).isEqualTo(outreach);
        assertThat(next.revision()).isEqualTo(campaign.revision() + 1);
        assertThat(Campaign.builder().from(next).outreach(campaign.outreach()).build().toBuilder().revision(campaign.revision()).build())
                .isEqualTo(campaign);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Campaign, CampaignCommand>> revisions() {
        return CampaignArbitraries.campaigns().flatMap(campaign -> Arbitraries.oneOf(
                        CampaignArbitraries.commands(campaign, PartnerChange.RevisePartners.class),
                        CampaignArbitraries.commands(campaign, OutreachChange.ReviseOutreach.class))
                .map(command -> Tuple.of(campaign, command)));
    }

    @Property(tries = 100)
    void aGeneratedRevisionIsAcceptedExactlyWhenItsActorAndRevisionFit(
            @ForAll("revisions") Tuple.Tuple2<Campaign, CampaignCommand> pair) {
        Campaign campaign = pair.get1();
        CampaignCommand command = pair.get2();
        boolean byLead = command.actor().equals(campaign.profile().overallLead());
        boolean current = command.basedOnRevision().map(r -> r == campaign.revision()).orElse(true);
        Either<Refusal, Campaign> result = Lifecycle.standard().apply(campaign, command, CLOCK);
        assertThat(result.isRight()).as("%s on %s", command.type(), campaign.stage())
                .isEqualTo(!campaign.isTerminal() && byLead && current);
        if (!campaign.isTerminal()) {
            assertThat(result.isLeft() && result.getLeft().hasCode(LifecycleViolation.ACCESS_DENIED)).isEqualTo(!byLead);
            assertThat(result.isLeft() && result.getLeft().hasCode(LifecycleViolation.STALE_REVISION))
                    .isEqualTo(!current);
        }
    }
}
