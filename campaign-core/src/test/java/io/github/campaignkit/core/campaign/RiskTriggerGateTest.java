package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.risk.Comparison;
import io.github.campaignkit.core.risk.Figure;
import io.github.campaignkit.core.risk.Indicator;
import io.github.campaignkit.core.risk.MapTriggerFacts;
import io.github.campaignkit.core.risk.Measure;
import io.github.campaignkit.core.risk.Rating;
import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskCategory;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.Trigger;
import io.github.campaignkit.core.risk.TriggerFacts;
import io.github.campaignkit.core.risk.TriggerPeriod;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The gate that every risk trigger names a metric, task, material and phase the campaign has (seed 004). */
class RiskTriggerGateTest {

    private static final Lifecycle LIFECYCLE = Lifecycle.withoutGates()
            .withGate(Stage.PREPARATION, Gates.riskTriggersKnown());

    private static Risk risk(String id, String scenario, Trigger trigger) {
        return Risk.builder().id(RiskId.of(id)).scenario(scenario).category(RiskCategory.OTHER).likelihood(Rating.MEDIUM)
                .impact(Rating.MEDIUM).addMeasures(Measure.of("启动应急预案", Seed004.ZHANG)).owner(Seed004.ZHANG)
                .trigger(trigger).build();
    }

    private static Trigger exposureBelow(MetricId metric) {
        return Trigger.metric(metric, Figure.DAILY, TriggerPeriod.firstDayOf(PhaseKind.WARM_UP), Comparison.BELOW,
                new BigDecimal("500000"));
    }

    /**
     * Seed 004's risks: traffic on the campaign's exposure metric, the same metric misspelt, gifts on
     * the board's task and the pop-up's materials by a key no supply material has, the gifts on the
     * supply plan's M3, and rain in a continuation phase the campaign does not have.
     */
    private static RiskRegister register(MetricId second) {
        return RiskRegister.builder().matrix(RiskMatrix.threeByThree()).addEntries(
                risk("R1", "线上流量不足", exposureBelow(Seed004Kpi.EXPOSURE)),
                risk("R2", "首日曝光不足", exposureBelow(second)),
                risk("R3", "快闪店物料未到位", Trigger.allOf(Trigger.taskNotDoneBy(Seed004.T5, Seed004Supply.day(8, 1)),
                        Trigger.materialNotDeliveredBy("快闪店物料", Seed004Supply.day(8, 1)))),
                risk("R4", "礼品延迟到货", Trigger.materialNotDeliveredBy("M3", Seed004Supply.day(7, 30))),
                risk("R5", "持续期降雨", Trigger.reading(Indicator.of("降雨概率"), TriggerPeriod.during(PhaseKind.CONTINUATION),
                        Comparison.AT_LEAST, BigDecimal.valueOf(60))))
                .build();
    }

    private static Campaign preparing(RiskRegister register) {
        return Campaign.builder().from(Seed004Kpi.campaign()).team(Seed004.team()).board(Seed004.board()).supply(Seed004Supply.supply()).risks(register).build().toBuilder().stage(Stage.PREPARATION).build();
    }

    @Test
    void aMisspeltMetricAnUnknownMaterialAndAMissingPhaseBlockPreparation() {
        Campaign campaign = preparing(register(MetricId.of("exposrue")));
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.advance(Seed004Kpi.ZHANG),
                Seed004Supply.clock(7, 30, 18)).getLeft();
        assertThat(refusal.violations().map(v -> v.code() + "@" + v.path())).containsExactly(
                "risk.trigger.metric.unknown@risks.entries[1].trigger.metric",
                "risk.trigger.material.unknown@risks.entries[2].trigger.conditions[1].material",
                "risk.trigger.phase.unknown@risks.entries[4].trigger.period.phase");
        assertThat(refusal.violations().get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("启动条件引用的指标“exposrue”在活动中不存在。");
        assertThat(refusal.violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("The trigger names the metric exposrue, which the campaign does not have.");
    }

    @Test
    void anApplicationsFeedMakesItsNamesKnownAndACorrectRegisterPasses() {
        TriggerFacts ledger = MapTriggerFacts.builder()
                .materialDelivered("快闪店物料", Seed004Supply.day(8, 1), "仓库台账").build();
        Campaign campaign = preparing(register(MetricId.of("exposrue")));
        assertThat(Gates.riskTriggersKnown(ledger).check(campaign).map(Violation::path)).containsExactly(
                "risks.entries[1].trigger.metric", "risks.entries[4].trigger.period.phase");

        RiskRegister corrected = register(Seed004Kpi.LEADS);
        corrected = corrected.toBuilder().entries(corrected.entries().subList(0, 4)).build();
        Campaign fixed = preparing(corrected);
        assertThat(Gates.riskTriggersKnown(ledger).check(fixed)).isEmpty();
        assertThat(Lifecycle.withoutGates().withGate(Stage.PREPARATION, Gates.riskTriggersKnown(ledger))
                .apply(fixed, CampaignCommand.advance(Seed004Kpi.ZHANG), Seed004Supply.clock(7, 30, 18)).get().stage())
                .isEqualTo(Stage.EXECUTION);
        // Without the feed the campaign does not know the pop-up's materials.
        assertThat(Gates.riskTriggersKnown().check(fixed).map(Violation::path))
                .containsExactly("risks.entries[2].trigger.conditions[1].material");
    }

    @Test
    void anEmptyRegisterAndRisksWithoutTriggersPassAndTheGateIsNotADefault() {
        assertThat(Gates.riskTriggersKnown().check(preparing(RiskRegister.empty()))).isEmpty();
        RiskRegister untriggered = RiskRegister.builder().matrix(RiskMatrix.threeByThree())
                .addEntries(Risk.builder().id(RiskId.of("R9")).scenario("设备故障").category(RiskCategory.EQUIPMENT)
                        .likelihood(Rating.LOW).impact(Rating.LOW).build())
                .build();
        assertThat(Gates.riskTriggersKnown().check(preparing(untriggered))).isEmpty();
        assertThat(Gates.defaults(Stage.PREPARATION)).doesNotContain(Gates.riskTriggersKnown());
    }
}
