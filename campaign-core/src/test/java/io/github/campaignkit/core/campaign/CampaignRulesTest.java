package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Rules;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CampaignRulesTest {

    @Example
    void profileViolationsArePathedFromTheCampaignRoot() {
        CampaignProfile draft = Seed000.profile().toBuilder().theme(" ").departments(List.of()).build();
        Campaign campaign = Campaign.plan(CampaignId.of("2024-618"), draft);
        assertThat(CampaignRules.standard().check(campaign).map(v -> v.code() + "@" + v.path()).toJavaList())
                .containsExactly("campaign.profile.theme.blank@profile.theme",
                        "campaign.profile.departments.empty@profile.departments",
                        "team.overall-lead.missing@team.members");
    }

    @Example
    void teamAndBoardViolationsArePathedFromTheCampaignRoot() {
        Campaign campaign = Campaign.plan(CampaignId.of("2024-618"), Seed000.profile());
        assertThat(CampaignRules.standard().check(campaign).toJavaList()).isEqualTo(
                Gates.teamValid().check(campaign).appendAll(Gates.boardValid().check(campaign)).toJavaList());
    }

    @Property(tries = 100)
    void theCampaignRuleFindsTheProfileTeamAndBoardFindings(@ForAll("campaigns") Campaign campaign) {
        assertThat(CampaignRules.standard().check(campaign).toJavaList()).isEqualTo(
                ProfileRules.standard().check(campaign.profile()).map(v -> v.under("profile"))
                        .appendAll(Gates.teamValid().check(campaign)).appendAll(Gates.boardValid().check(campaign))
                        .toJavaList());
        assertThat(Rules.hasErrors(CampaignRules.standard().check(campaign))).isFalse();
        assertThat(CampaignRules.standard().check(campaign).map(Violation::path))
                .allSatisfy(path -> assertThat(path).matches("(profile|team|board)\\b.*"));
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        return CampaignArbitraries.campaigns();
    }
}
