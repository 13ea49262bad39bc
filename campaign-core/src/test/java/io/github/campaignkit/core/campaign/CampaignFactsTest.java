package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.risk.Comparison;
import io.github.campaignkit.core.risk.Completion;
import io.github.campaignkit.core.risk.Evidence;
import io.github.campaignkit.core.risk.Fact;
import io.github.campaignkit.core.risk.Figure;
import io.github.campaignkit.core.risk.MapTriggerFacts;
import io.github.campaignkit.core.risk.Measure;
import io.github.campaignkit.core.risk.Rating;
import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskCategory;
import io.github.campaignkit.core.risk.RiskChange;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.RiskStatus;
import io.github.campaignkit.core.risk.Trigger;
import io.github.campaignkit.core.risk.TriggerEvaluation;
import io.github.campaignkit.core.risk.TriggerFacts;
import io.github.campaignkit.core.risk.TriggerPeriod;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.schedule.TaskProgress;
import io.github.campaignkit.core.supply.SupplyChange;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A risk's trigger fires from the campaign's own KPI observations, task states and material
 * deliveries (seed 004).
 */
class CampaignFactsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RiskId TRAFFIC = RiskId.of("R3");
    private static final RiskId GIFTS = RiskId.of("R5");

    private static LocalDate day(int month, int d) {
        return LocalDate.of(2024, month, d);
    }

    private static Instant at(int month, int d, int hour) {
        return ZonedDateTime.of(2024, month, d, hour, 0, 0, 0, SHANGHAI).toInstant();
    }

    private static Clock clock(int month, int d, int hour) {
        return Clock.fixed(at(month, d, hour), SHANGHAI);
    }

    /** 线上流量不足 (预热期首日曝光量 &lt; 50万) and gifts not bought by 08-01, on the campaign's own metric and task. */
    private static RiskRegister register() {
        Risk traffic = Risk.builder().id(TRAFFIC).scenario("线上流量不足").category(RiskCategory.TRAFFIC)
                .likelihood(Rating.MEDIUM).impact(Rating.MEDIUM)
                .addMeasures(Measure.of("追加5000元抖音投放预算", Seed004Kpi.ZHANG)).owner(Seed004Kpi.ZHANG)
                .trigger(Trigger.metric(Seed004Kpi.EXPOSURE, Figure.DAILY, TriggerPeriod.firstDayOf(PhaseKind.WARM_UP),
                        Comparison.BELOW, new BigDecimal("500000")))
                .build();
        Risk gifts = Risk.builder().id(GIFTS).scenario("礼品未按时到位").category(RiskCategory.SUPPLY)
                .likelihood(Rating.LOW).impact(Rating.HIGH)
                .addMeasures(Measure.of("启动备用供应商", Seed004.ZHOU)).owner(Seed004.ZHOU)
                .trigger(Trigger.taskNotDoneBy(Seed004.T5, day(8, 1)))
                .build();
        return RiskRegister.builder().matrix(RiskMatrix.threeByThree()).addEntries(traffic, gifts).build();
    }

    /** Seed 004's campaign with its dashboard data (07-31…08-04), its team and board, and the register. */
    private static Campaign campaign() {
        return Campaign.builder().from(Seed004Kpi.campaign()).team(Seed004.team()).board(Seed004.board()).risks(register()).build();
    }

    private static Campaign withFirstDayExposure(Campaign campaign, long exposure) {
        List<Observation> observations = new ArrayList<>();
        for (Observation o : campaign.kpi().observations()) {
            boolean firstDay = o.metric().equals(Seed004Kpi.EXPOSURE) && o.date().equals(day(7, 31));
            observations.add(firstDay ? Observation.of(o.metric(), o.channel(), o.date(), BigDecimal.valueOf(exposure),
                    o.source()) : o);
        }
        return Campaign.builder().from(campaign).kpi(campaign.kpi().toBuilder().observations(observations).build()).build();
    }

    private static Campaign withGiftsDoneOn(Campaign campaign, Instant when) {
        TaskBoard board = campaign.board()
                .changeStatus(Seed004.T5, TaskStatus.IN_PROGRESS, Optional.empty(), Seed004.ZHOU, at(7, 28, 9)).get()
                .changeStatus(Seed004.T5, TaskStatus.DONE, Optional.empty(), Seed004.ZHOU, when).get();
        return Campaign.builder().from(campaign).board(board).build();
    }

    @Test
    void metricsAreTheDashboardsDailyAndCumulativeFigures() {
        TriggerFacts facts = CampaignFacts.of(campaign(), SHANGHAI);
        assertThat(facts.knowsMetric(Seed004Kpi.EXPOSURE)).isTrue();
        assertThat(facts.knowsMetric(MetricId.of("曝光量"))).isFalse();
        assertThat(facts.metric(Seed004Kpi.EXPOSURE, Figure.DAILY, day(8, 4)).map(Fact::value))
                .contains(BigDecimal.valueOf(800_000));
        assertThat(facts.metric(Seed004Kpi.EXPOSURE, Figure.CUMULATIVE, day(8, 4)).map(Fact::value))
                .contains(BigDecimal.valueOf(3_500_000));
        // 抖音 850 + 快闪店 280 leads so far, summed over every channel.
        assertThat(facts.metric(Seed004Kpi.LEADS, Figure.CUMULATIVE, day(8, 4)).map(Fact::value))
                .contains(BigDecimal.valueOf(1130));
        // Conversion 100 / 800 = 12.5%, the seed's overall figure; the first day 16 / 120.
        assertThat(facts.metric(Seed004Kpi.CONVERSION, Figure.CUMULATIVE, day(8, 4)).map(Fact::value).orElseThrow())
                .isEqualByComparingTo("12.5");
        assertThat(facts.metric(Seed004Kpi.CONVERSION, Figure.DAILY, day(7, 31)).map(Fact::value).orElseThrow())
                .isEqualByComparingTo("13.3");
        assertThat(facts.metric(Seed004Kpi.EXPOSURE, Figure.DAILY, day(8, 4)).orElseThrow().source())
                .isEqualTo("kpi.observations exposure 2024-08-04 (抖音后台)");
        // Absent data is no fact: a day without observations, a metric never observed.
        assertThat(facts.metric(Seed004Kpi.EXPOSURE, Figure.DAILY, day(8, 5))).isEmpty();
        assertThat(facts.metric(Seed004Kpi.EXPOSURE, Figure.CUMULATIVE, day(7, 30))).isEmpty();
        assertThat(facts.metric(Seed004Kpi.READS, Figure.CUMULATIVE, day(8, 4))).isEmpty();
        assertThat(facts.metric(MetricId.of("unknown"), Figure.DAILY, day(8, 4))).isEmpty();
    }

    @Test
    void tasksAreDoneAsOfTheDayTheirStatusChangedToDone() {
        Campaign campaign = withGiftsDoneOn(campaign(), at(8, 2, 18));
        TriggerFacts facts = CampaignFacts.of(campaign, SHANGHAI);
        assertThat(facts.knowsTask(Seed004.T5)).isTrue();
        assertThat(facts.knowsTask(TaskId.of("T9"))).isFalse();
        assertThat(facts.task(Seed004.T5, day(8, 1))).contains(Fact.of(Completion.NOT_DONE, "board.tasks[4].history[0]"));
        assertThat(facts.task(Seed004.T5, day(8, 2))).contains(Fact.of(Completion.DONE, "board.tasks[4].history[1]"));
        assertThat(facts.task(Seed004.T5, day(7, 20))).contains(Fact.of(Completion.NOT_DONE, "board.tasks[4]"));
        // 2024-08-02 01:00 in Shanghai is still 08-01 in UTC: the zone decides the day.
        Campaign early = withGiftsDoneOn(campaign(), at(8, 2, 1));
        assertThat(CampaignFacts.of(early, ZoneId.of("UTC")).task(Seed004.T5, day(8, 1)).map(Fact::value))
                .contains(Completion.DONE);
        assertThat(CampaignFacts.of(early, SHANGHAI).task(Seed004.T5, day(8, 1)).map(Fact::value))
                .contains(Completion.NOT_DONE);
        assertThat(facts.knowsMaterial("快闪店物料")).isFalse();
        assertThat(facts.material("快闪店物料", day(8, 2))).isEmpty();
    }

    @Test
    void aScheduleTaskIsDoneAsOfItsActualFinish() {
        io.github.campaignkit.core.schedule.GanttTask print = io.github.campaignkit.core.schedule.GanttTask.of(
                TaskId.of("S4"), "物料印刷/采购", Seed004.ZHOU, 4);
        Campaign campaign = Campaign.builder().from(campaign()).schedule(io.github.campaignkit.core.schedule.Schedule.empty()
                .withTasks(List.of(print))
                .withProgress(day(8, 2), List.of(TaskProgress.finished(TaskId.of("S4"), day(7, 28), day(8, 1))))).build();
        TriggerFacts facts = CampaignFacts.of(campaign, SHANGHAI);
        assertThat(facts.knowsTask(TaskId.of("S4"))).isTrue();
        assertThat(facts.task(TaskId.of("S4"), day(7, 31))).contains(Fact.of(Completion.NOT_DONE, "schedule.progress[0]"));
        assertThat(facts.task(TaskId.of("S4"), day(8, 1))).contains(Fact.of(Completion.DONE, "schedule.progress[0]"));
    }

    @Test
    void theTrafficRiskFiresFromALowFirstWarmUpDayAndNotFromTheSeedsOwnData() {
        Campaign seed = withGiftsDoneOn(campaign(), at(7, 31, 18));
        TriggerEvaluation quiet = CampaignFacts.evaluateRisks(seed, SHANGHAI, TriggerFacts.none(), clock(8, 1, 9));
        assertThat(quiet.fired()).isEmpty();
        assertThat(quiet.violations()).isEmpty();

        Campaign low = withFirstDayExposure(seed, 320_000);
        TriggerEvaluation evaluation = CampaignFacts.evaluateRisks(low, SHANGHAI, TriggerFacts.none(), clock(8, 1, 9));
        assertThat(evaluation.fired()).containsExactly(TRAFFIC);
        assertThat(evaluation.firing(TRAFFIC).orElseThrow().evidence()).singleElement()
                .isInstanceOfSatisfying(Evidence.MetricObserved.class, e -> {
                    assertThat(e.day()).isEqualTo(day(7, 31));
                    assertThat(e.value()).isEqualByComparingTo("320000");
                    assertThat(e.source()).isEqualTo("kpi.observations exposure 2024-07-31 (抖音后台)");
                });
        // Before the first warm-up day is over nothing is read.
        assertThat(CampaignFacts.evaluateRisks(low, SHANGHAI, TriggerFacts.none(), clock(7, 31, 20)).fired()).isEmpty();
        // Firing moves the risk to triggered through the lifecycle.
        Campaign fired = Lifecycle.withoutGates().apply(low, CampaignCommand.by(Seed004Kpi.ZHANG, RiskChange.FireRisks.of(evaluation)),
                clock(8, 1, 9)).get();
        assertThat(fired.risks().entries().get(0).status()).isEqualTo(RiskStatus.TRIGGERED);
    }

    @Test
    void theGiftsRiskFiresWhenTheBoardShowsTheTaskUnfinishedAfterItsDay() {
        TriggerEvaluation evaluation = CampaignFacts.evaluateRisks(campaign(), SHANGHAI, TriggerFacts.none(), clock(8, 2, 9));
        assertThat(evaluation.fired()).containsExactly(GIFTS);
        assertThat(evaluation.firing(GIFTS).orElseThrow().evidence()).singleElement()
                .isInstanceOfSatisfying(Evidence.TaskNotDone.class, e -> assertThat(e.source()).isEqualTo("board.tasks[4]"));
        Campaign done = withGiftsDoneOn(campaign(), at(8, 1, 16));
        assertThat(CampaignFacts.evaluateRisks(done, SHANGHAI, TriggerFacts.none(), clock(8, 2, 9)).fired()).isEmpty();
    }

    @Test
    void todayIsTheCampaignsDayWhateverTheClocksZone() {
        // 2024-08-01T16:30Z is 08-02 00:30 in Shanghai: the gifts, due by 08-01, are late. A clock in
        // UTC still reads 08-01 there, and the risk used not to fire while the monitor (in the
        // campaign's zone) already reported the gifts overdue.
        Clock utc = Clock.fixed(Instant.parse("2024-08-01T16:30:00Z"), ZoneId.of("UTC"));
        TriggerEvaluation evaluation = CampaignFacts.evaluateRisks(campaign(), SHANGHAI, TriggerFacts.none(), utc);
        assertThat(evaluation.day()).isEqualTo(day(8, 2));
        assertThat(evaluation.fired()).containsExactly(GIFTS);
    }

    @Test
    void aTriggerWhoseMetricHasNoFigureSaysSoInsteadOfStayingQuiet() {
        Campaign seed = withGiftsDoneOn(campaign(), at(7, 31, 18));
        // No exposure recorded on the first warm-up day: the trigger cannot be decided.
        Campaign blank = Campaign.builder().from(seed).kpi(seed.kpi().toBuilder().observations(seed.kpi().observations()
                .stream().filter(o -> !(o.metric().equals(Seed004Kpi.EXPOSURE) && o.date().equals(day(7, 31))))
                .toList()).build()).build();
        TriggerEvaluation evaluation = CampaignFacts.evaluateRisks(blank, SHANGHAI, TriggerFacts.none(), clock(8, 1, 9));
        assertThat(evaluation.fired()).isEmpty();
        assertThat(evaluation.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("risk.trigger.metric.no-data");
            assertThat(v.isWarning()).isTrue();
            assertThat(v.path()).isEqualTo("entries[0].trigger.metric");
            assertThat(v.message(java.util.Locale.ENGLISH)).isEqualTo("The trigger on 曝光量 (exposure) could not be decided: "
                    + "days without a figure: 1, the first on 2024-07-31.");
            assertThat(v.message(java.util.Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("触发条件所依据的曝光量（exposure）自 2024-07-31 起有 1 天没有数据，无法判断是否触发。");
        });
    }

    @Test
    void anotherFeedCompletesTheCampaignsFactsAndEvaluatingTwiceGivesTheSameResult() {
        Risk materials = Risk.builder().id(RiskId.of("R2")).scenario("物料延迟到货").category(RiskCategory.SUPPLY)
                .likelihood(Rating.LOW).impact(Rating.HIGH).addMeasures(Measure.of("启动备用供应商", Seed004.ZHOU))
                .owner(Seed004.ZHOU).trigger(Trigger.materialNotDeliveredBy("快闪店物料", day(8, 1))).build();
        Campaign campaign = Campaign.builder().from(withGiftsDoneOn(campaign(), at(7, 31, 18))).risks(RiskRegister.builder().matrix(RiskMatrix.threeByThree()).addEntries(materials).build()).build();
        TriggerEvaluation unknown = CampaignFacts.evaluateRisks(campaign, SHANGHAI, TriggerFacts.none(), clock(8, 2, 9));
        assertThat(unknown.fired()).isEmpty();
        assertThat(unknown.violations()).isNotEmpty();
        TriggerFacts supply = MapTriggerFacts.builder().materialDelivered("快闪店物料", day(8, 3), "物料清单 08-03").build();
        TriggerEvaluation late = CampaignFacts.evaluateRisks(campaign, SHANGHAI, supply, clock(8, 2, 9));
        assertThat(late.fired()).containsExactly(RiskId.of("R2"));
        assertThat(CampaignFacts.evaluateRisks(campaign, SHANGHAI, supply, clock(8, 2, 9))).isEqualTo(late);
    }

    @Test
    void materialsAreTheSupplyPlansMaterialsKeyedByTheirIds() {
        TriggerFacts facts = CampaignFacts.of(Campaign.builder().from(campaign()).supply(Seed004Supply.supply()).build(), SHANGHAI);
        assertThat(facts.knowsMaterial("M3")).isTrue();
        assertThat(facts.knowsMaterial("定制礼品")).isFalse();
        assertThat(facts.knowsMaterial("M9")).isFalse();
        assertThat(facts.material("M9", day(8, 1))).isEmpty();
        assertThat(facts.material("M1", day(7, 25)))
                .contains(Fact.of(Completion.DONE, "supply.materials[0].delivery.actual"));
        // The banners were promised for 07-25 and came on 07-27.
        assertThat(facts.material("M2", day(7, 26))).contains(Fact.of(Completion.NOT_DONE, "supply.materials[1].delivery"));
        assertThat(facts.material("M2", day(7, 27)))
                .contains(Fact.of(Completion.DONE, "supply.materials[1].delivery.actual"));
        assertThat(facts.material("M3", day(8, 30))).contains(Fact.of(Completion.NOT_DONE, "supply.materials[2].delivery"));
        // A material with no delivery promised has not arrived either.
        Campaign unpromised = Campaign.builder().from(campaign()).supply(Seed004Supply.supply().toBuilder().materials(List.of(
                Seed004Supply.supply().materials().get(2).toBuilder().delivery(Optional.empty())
                        .status(io.github.campaignkit.core.supply.MaterialStatus.PLANNED).build())).build()).build();
        assertThat(CampaignFacts.of(unpromised, SHANGHAI).material("M3", day(8, 1)))
                .contains(Fact.of(Completion.NOT_DONE, "supply.materials[0]"));
    }

    @Test
    void theMaterialsRiskFiresBecauseTheGiftsAreLateAndNotOnceTheyCameInTime() {
        // 物料未在 07-30 前到位: the gifts (M3) were promised for 07-28 and have not come.
        Risk late = Risk.builder().id(RiskId.of("R2")).scenario("物料延迟到货").category(RiskCategory.SUPPLY)
                .likelihood(Rating.LOW).impact(Rating.HIGH).addMeasures(Measure.of("启动备用供应商", Seed004.ZHOU))
                .owner(Seed004.ZHOU).trigger(Trigger.materialNotDeliveredBy(Seed004Supply.GIFTS.value(), day(7, 30)))
                .build();
        Campaign campaign = Campaign.builder().from(withGiftsDoneOn(campaign(), at(7, 31, 18))).supply(Seed004Supply.supply()).risks(RiskRegister.builder().matrix(RiskMatrix.threeByThree()).addEntries(late).build()).build();

        TriggerEvaluation sameDay = CampaignFacts.evaluateRisks(campaign, SHANGHAI, TriggerFacts.none(), clock(7, 30, 20));
        assertThat(sameDay.fired()).isEmpty();
        assertThat(sameDay.violations()).isEmpty();
        TriggerEvaluation evaluation = CampaignFacts.evaluateRisks(campaign, SHANGHAI, TriggerFacts.none(), clock(7, 31, 9));
        assertThat(evaluation.fired()).containsExactly(RiskId.of("R2"));
        assertThat(evaluation.firing(RiskId.of("R2")).orElseThrow().evidence()).containsExactly(
                new Evidence.MaterialNotDelivered("M3", day(7, 30), "supply.materials[2].delivery"));
        Campaign fired = Lifecycle.withoutGates().apply(campaign, CampaignCommand.by(Seed004Kpi.ZHANG, RiskChange.FireRisks.of(evaluation)), clock(7, 31, 9)).get();
        assertThat(fired.risks().entries().get(0).status()).isEqualTo(RiskStatus.TRIGGERED);

        // Recorded through the lifecycle by the material's owner: on 07-30 it is in time, on 07-31 it is not.
        Campaign inTime = Lifecycle.withoutGates().apply(campaign, CampaignCommand.by(Seed004.ZHOU, SupplyChange.RecordDelivery.of(Seed004Supply.GIFTS, day(7, 30))), clock(7, 30, 17)).get();
        assertThat(CampaignFacts.evaluateRisks(inTime, SHANGHAI, TriggerFacts.none(), clock(7, 31, 9)).fired()).isEmpty();
        Campaign afterwards = Lifecycle.withoutGates().apply(campaign, CampaignCommand.by(Seed004.ZHOU, SupplyChange.RecordDelivery.of(Seed004Supply.GIFTS, day(7, 31))), clock(7, 31, 17)).get();
        assertThat(CampaignFacts.evaluateRisks(afterwards, SHANGHAI, TriggerFacts.none(), clock(8, 1, 9)).fired())
                .containsExactly(RiskId.of("R2"));
    }

    @Test
    void theCampaignsMaterialAnswersBeforeAnotherFeed() {
        Campaign campaign = Campaign.builder().from(campaign()).supply(Seed004Supply.supply()).build();
        TriggerFacts feed = MapTriggerFacts.builder().materialDelivered("M3", day(7, 28), "仓库台账")
                .materialDelivered("快闪店物料", day(7, 29), "物料清单").build();
        TriggerFacts facts = CampaignFacts.of(campaign, SHANGHAI).or(feed);
        assertThat(facts.material("M3", day(7, 29))).contains(Fact.of(Completion.NOT_DONE, "supply.materials[2].delivery"));
        assertThat(facts.material("快闪店物料", day(7, 29))).contains(Fact.of(Completion.DONE, "物料清单"));
    }
}
