package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.risk.Comparison;
import io.github.campaignkit.core.risk.Figure;
import io.github.campaignkit.core.risk.Indicator;
import io.github.campaignkit.core.risk.Rating;
import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskCategory;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.Trigger;
import io.github.campaignkit.core.risk.TriggerPeriod;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The risk-trigger gate on generated campaigns: triggers that name the campaign's own metrics,
 * tasks, materials and phases pass, and a planted misspelt metric is found at its path, alone.
 */
class RiskTriggerGateProperties {

    @Provide
    Arbitrary<Campaign> plannedCampaigns() {
        return CampaignArbitraries.plannedCampaigns();
    }

    private static Risk risk(int index, Trigger trigger) {
        return Risk.builder().id(RiskId.of("R" + index)).scenario("风险" + index).category(RiskCategory.OTHER)
                .likelihood(Rating.LOW).impact(Rating.LOW).trigger(trigger).build();
    }

    /** One trigger on each of the campaign's metrics, tasks, materials and phases. */
    private static List<Trigger> known(Campaign campaign) {
        LocalDate start = campaign.profile().window().start();
        List<Trigger> triggers = new ArrayList<>();
        for (Metric metric : campaign.goals().metrics()) {
            triggers.add(Trigger.metric(metric.id(), Figure.CUMULATIVE, TriggerPeriod.on(start), Comparison.BELOW,
                    BigDecimal.TEN));
        }
        for (Task task : campaign.board().tasks()) {
            triggers.add(Trigger.taskNotDoneBy(task.id(), start));
        }
        for (Material material : campaign.supply().materials()) {
            triggers.add(Trigger.materialNotDeliveredBy(material.id().value(), start));
        }
        for (Phase phase : campaign.profile().phases()) {
            triggers.add(Trigger.reading(Indicator.of("降雨概率"), TriggerPeriod.during(phase.kind()), Comparison.AT_LEAST,
                    BigDecimal.valueOf(60)));
        }
        return triggers;
    }

    private static Campaign withTriggers(Campaign campaign, List<Trigger> triggers) {
        List<Risk> risks = new ArrayList<>();
        for (int i = 0; i < triggers.size(); i++) {
            risks.add(risk(i, triggers.get(i)));
        }
        return Campaign.builder().from(campaign).risks(RiskRegister.builder().matrix(RiskMatrix.threeByThree()).entries(risks).build()).build();
    }

    @Property(tries = 100)
    void triggersOnTheCampaignsOwnNamesPassAndAMisspeltMetricIsFoundAlone(
            @ForAll("plannedCampaigns") Campaign campaign, @ForAll @IntRange(min = 0, max = 1000) int at) {
        List<Trigger> triggers = known(campaign);
        assertThat(Gates.riskTriggersKnown().check(withTriggers(campaign, triggers))).isEmpty();

        Assume.that(!campaign.goals().metrics().isEmpty());
        MetricId misspelt = MetricId.of(campaign.goals().metrics().get(at % campaign.goals().metrics().size()).id()
                .value() + "x");
        Assume.that(campaign.goals().metric(misspelt).isEmpty());
        int index = at % (triggers.size() + 1);
        triggers.add(index, Trigger.metric(misspelt, Figure.DAILY, TriggerPeriod.on(campaign.profile().window().start()),
                Comparison.BELOW, BigDecimal.ONE));
        assertThat(Gates.riskTriggersKnown().check(withTriggers(campaign, triggers)))
                .extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("risk.trigger.metric.unknown",
                        "risks.entries[" + index + "].trigger.metric"));
    }
}
