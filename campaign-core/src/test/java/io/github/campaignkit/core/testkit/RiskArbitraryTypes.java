package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.risk.Band;
import io.github.campaignkit.core.risk.Cell;
import io.github.campaignkit.core.risk.Evidence;
import io.github.campaignkit.core.risk.Fact;
import io.github.campaignkit.core.risk.Fired;
import io.github.campaignkit.core.risk.Firing;
import io.github.campaignkit.core.risk.HeatCell;
import io.github.campaignkit.core.risk.HeatMap;
import io.github.campaignkit.core.risk.Indicator;
import io.github.campaignkit.core.risk.Measure;
import io.github.campaignkit.core.risk.Rating;
import io.github.campaignkit.core.risk.RatingScale;
import io.github.campaignkit.core.risk.Reading;
import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskAlert;
import io.github.campaignkit.core.risk.RiskChange;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.RiskStatusChange;
import io.github.campaignkit.core.risk.ScaleLevel;
import io.github.campaignkit.core.risk.ScoredRisk;
import io.github.campaignkit.core.risk.ScoringModel;
import io.github.campaignkit.core.risk.Trigger;
import io.github.campaignkit.core.risk.TriggerEvaluation;
import io.github.campaignkit.core.risk.TriggerPeriod;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;

/** Registers the risk package's generators with {@link CampaignArbitraryProvider}. */
final class RiskArbitraryTypes {

    private RiskArbitraryTypes() {
    }

    static void provide(Map<Class<?>, Supplier<Arbitrary<?>>> map) {
        map.put(RiskId.class, RiskArbitraries::riskIds);
        map.put(Rating.class, RiskArbitraries::ratings);
        map.put(Indicator.class, RiskArbitraries::indicators);
        map.put(ScaleLevel.class, RiskArbitraries::scaleLevels);
        map.put(RatingScale.class, RiskArbitraries::ratingScales);
        map.put(Cell.class, RiskArbitraries::cells);
        map.put(ScoringModel.Product.class, () -> net.jqwik.api.Arbitraries.just(new ScoringModel.Product()));
        map.put(ScoringModel.Sum.class, () -> net.jqwik.api.Arbitraries.just(new ScoringModel.Sum()));
        map.put(ScoringModel.Weighted.class, () -> subtype(RiskArbitraries.scoringModels(3, 3),
                ScoringModel.Weighted.class));
        map.put(ScoringModel.Table.class, RiskArbitraries::scoreTables);
        map.put(ScoringModel.class, () -> RiskArbitraries.scoringModels(3, 4));
        map.put(Band.Scores.class, () -> subtype(RiskArbitraries.bands(), Band.Scores.class));
        map.put(Band.Cells.class, () -> subtype(RiskArbitraries.bands(), Band.Cells.class));
        map.put(Band.class, RiskArbitraries::bands);
        map.put(RiskMatrix.class, RiskArbitraries::riskMatrices);
        map.put(Measure.class, RiskArbitraries::measures);
        map.put(TriggerPeriod.OnDate.class, () -> subtype(RiskArbitraries.periods(), TriggerPeriod.OnDate.class));
        map.put(TriggerPeriod.PhaseDay.class, () -> subtype(RiskArbitraries.periods(), TriggerPeriod.PhaseDay.class));
        map.put(TriggerPeriod.InPhase.class, () -> subtype(RiskArbitraries.periods(), TriggerPeriod.InPhase.class));
        map.put(TriggerPeriod.Between.class, () -> subtype(RiskArbitraries.periods(), TriggerPeriod.Between.class));
        map.put(TriggerPeriod.class, RiskArbitraries::periods);
        map.put(Trigger.MetricThreshold.class, () -> subtype(RiskArbitraries.leafTriggers(), Trigger.MetricThreshold.class));
        map.put(Trigger.TaskOverdue.class, () -> subtype(RiskArbitraries.leafTriggers(), Trigger.TaskOverdue.class));
        map.put(Trigger.MaterialOverdue.class, () -> subtype(RiskArbitraries.leafTriggers(), Trigger.MaterialOverdue.class));
        map.put(Trigger.ReadingThreshold.class, () -> subtype(RiskArbitraries.leafTriggers(),
                Trigger.ReadingThreshold.class));
        map.put(Trigger.AllOf.class, () -> RiskArbitraries.leafTriggers().list().ofMinSize(1).ofMaxSize(3)
                .map(Trigger.AllOf::new));
        map.put(Trigger.AnyOf.class, () -> RiskArbitraries.leafTriggers().list().ofMinSize(1).ofMaxSize(3)
                .map(Trigger.AnyOf::new));
        map.put(Trigger.class, RiskArbitraries::triggers);
        map.put(Reading.class, RiskArbitraries::readings);
        map.put(Evidence.MetricObserved.class, () -> subtype(RiskArbitraries.evidence(), Evidence.MetricObserved.class));
        map.put(Evidence.TaskNotDone.class, () -> subtype(RiskArbitraries.evidence(), Evidence.TaskNotDone.class));
        map.put(Evidence.MaterialNotDelivered.class, () -> subtype(RiskArbitraries.evidence(),
                Evidence.MaterialNotDelivered.class));
        map.put(Evidence.ReadingRecorded.class, () -> subtype(RiskArbitraries.evidence(), Evidence.ReadingRecorded.class));
        map.put(Evidence.class, RiskArbitraries::evidence);
        map.put(RiskStatusChange.class, RiskArbitraries::riskStatusChanges);
        map.put(Risk.class, RiskArbitraries::risks);
        map.put(RiskRegister.class, RiskArbitraries::riskRegisters);
        map.put(Fact.class, RiskArbitraries::facts);
        map.put(Firing.class, RiskArbitraries::firings);
        map.put(TriggerEvaluation.class, RiskArbitraries::evaluations);
        map.put(RiskAlert.class, RiskArbitraries::alerts);
        map.put(Fired.class, RiskArbitraries::fireds);
        map.put(ScoredRisk.class, RiskArbitraries::scoredRisks);
        map.put(HeatCell.class, () -> RiskArbitraries.heatMaps().flatMap(h -> net.jqwik.api.Arbitraries.of(h.cells())));
        map.put(HeatMap.class, RiskArbitraries::heatMaps);
        map.put(RiskChange.ReviseRisks.class, () -> subtype(RiskArbitraries.riskCommands().map(CampaignCommand::change),
                RiskChange.ReviseRisks.class));
        map.put(RiskChange.FireRisks.class, () -> subtype(RiskArbitraries.riskCommands().map(CampaignCommand::change),
                RiskChange.FireRisks.class));
        map.put(RiskChange.ChangeRiskStatus.class, () -> subtype(RiskArbitraries.riskCommands().map(CampaignCommand::change),
                RiskChange.ChangeRiskStatus.class));
    }

    private static <T> Arbitrary<T> subtype(Arbitrary<? super T> all, Class<T> type) {
        return all.filter(type::isInstance).map(type::cast);
    }
}
