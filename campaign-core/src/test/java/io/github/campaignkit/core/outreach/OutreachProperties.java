package io.github.campaignkit.core.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.Gates;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Planned campaigns carry outreach and partners that pass their gates; templates keep the structure. */
class OutreachProperties {

    @Provide
    Arbitrary<Campaign> planned() {
        return CampaignArbitraries.plannedCampaigns();
    }

    @Property(tries = 60)
    void plannedCampaignsPassTheOutreachAndPartnerGates(@ForAll("planned") Campaign campaign) {
        assertThat(Gates.channelsCoverGoals().check(campaign).filter(Violation::isError)).isEmpty();
        assertThat(Gates.creativePlanned().check(campaign).filter(Violation::isError)).isEmpty();
        assertThat(Gates.partnersAgreed().check(campaign).filter(Violation::isError)).isEmpty();
        assertThat(OutreachRules.servesEveryGoal(campaign.outreach(), campaign.goals())).isTrue();
    }

    @Property(tries = 60)
    void aTemplateHasNoDateButTheSameChannelsAndMetrics(@ForAll("planned") Campaign campaign) {
        OutreachPlan template = campaign.outreach().template();

        assertThat(template.matrix()).allSatisfy(r -> assertThat(r.timing()).isEmpty());
        assertThat(template.creative()).allSatisfy(i -> assertThat(i.due()).isEmpty());
        assertThat(template.matrix()).hasSameSizeAs(campaign.outreach().matrix());
        for (int i = 0; i < template.matrix().size(); i++) {
            assertThat(template.matrix().get(i).withoutTiming()).isEqualTo(campaign.outreach().matrix().get(i)
                    .withoutTiming());
        }
        assertThat(OutreachRules.servesEveryGoal(template, campaign.goals())).isTrue();
        assertThat(template.template()).isEqualTo(template);
    }
}
