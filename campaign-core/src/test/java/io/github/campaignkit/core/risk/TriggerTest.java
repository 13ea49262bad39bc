package io.github.campaignkit.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.testkit.Seed004Risks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TriggerTest {

    private static final TaskId PRINTING = TaskId.of("物料印刷/采购");
    private static final MetricId LEADS = MetricId.of("线索量");

    private static RiskRegister registerWith(Trigger trigger) {
        return RiskRegister.empty().with(Seed004Risks.traffic().withTrigger(trigger));
    }

    private static TriggerEvaluation evaluate(Trigger trigger, TriggerFacts facts, int month, int day) {
        return registerWith(trigger).evaluate(Seed004Risks.PHASES, facts, Seed004Risks.clock(month, day, 9, 0));
    }

    @Test
    void aTriggerNamingAMetricThatDoesNotExistIsAViolationAndDoesNotFire() {
        Trigger unknown = Trigger.metric(MetricId.of("曝光量（错字）"), Figure.DAILY, TriggerPeriod.firstDayOf(PhaseKind.WARM_UP),
                Comparison.BELOW, new BigDecimal("500000"));
        TriggerEvaluation evaluation = evaluate(unknown, Seed004Risks.plantedFacts(), 8, 2);
        assertThat(evaluation.fired()).isEmpty();
        Violation v = evaluation.violations().single();
        assertThat(v.code()).isEqualTo("risk.trigger.metric.unknown");
        assertThat(v.path()).isEqualTo("entries[0].trigger.metric");
        assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("启动条件引用的指标“曝光量（错字）”在活动中不存在。");
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("The trigger names the metric 曝光量（错字）, which the campaign does not have.");
        assertThat(RiskRules.triggers(Seed004Risks.PHASES, Seed004Risks.plantedFacts()).check(registerWith(unknown)))
                .containsExactly(v);
    }

    @Test
    void unknownTasksMaterialsAndPhasesAreViolationsWithTheirPaths() {
        Trigger all = Trigger.allOf(
                Trigger.taskNotDoneBy(PRINTING, LocalDate.of(2024, 8, 1)),
                Trigger.anyOf(Trigger.materialNotDeliveredBy("雨棚", LocalDate.of(2024, 8, 1)),
                        Trigger.reading(Seed004Risks.RAIN_PROBABILITY, TriggerPeriod.during(PhaseKind.CONTINUATION),
                                Comparison.AT_LEAST, BigDecimal.TEN)),
                Trigger.metric(Seed004Risks.EXPOSURE, Figure.DAILY, TriggerPeriod.dayOf(PhaseKind.WARM_UP, 7), Comparison.BELOW,
                        BigDecimal.TEN));
        TriggerEvaluation evaluation = evaluate(all, Seed004Risks.plantedFacts(), 8, 20);
        assertThat(evaluation.violations().map(v -> v.code() + "@" + v.path())).containsExactly(
                "risk.trigger.task.unknown@entries[0].trigger.conditions[0].task",
                "risk.trigger.material.unknown@entries[0].trigger.conditions[1].conditions[0].material",
                "risk.trigger.phase.unknown@entries[0].trigger.conditions[1].conditions[1].period.phase",
                "risk.trigger.phase-day.beyond@entries[0].trigger.conditions[2].period.day");
        assertThat(evaluation.violations().last().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("启动条件引用预热期第 7 天，但预热期只有 6 天。");
        assertThat(evaluation.violations().get(2).message(Locale.ENGLISH))
                .isEqualTo("The trigger refers to the continuation phase, which the campaign does not have.");
    }

    @Test
    void aTaskIsOverdueOnlyOnceItsDayIsOverAndOnlyIfTheRecordsSaySo() {
        Trigger overdue = Trigger.taskNotDoneBy(PRINTING, LocalDate.of(2024, 8, 1));
        TriggerFacts late = MapTriggerFacts.builder().taskNotDone(PRINTING, "执行分工表 08-02").build();
        TriggerFacts onTime = MapTriggerFacts.builder().taskDone(PRINTING, LocalDate.of(2024, 8, 1), "甘特图").build();
        TriggerFacts afterwards = MapTriggerFacts.builder().taskDone(PRINTING, LocalDate.of(2024, 8, 2), "甘特图").build();
        TriggerFacts unknownState = MapTriggerFacts.builder().knownTask(PRINTING).build();

        assertThat(evaluate(overdue, late, 8, 1).fired()).isEmpty();
        assertThat(evaluate(overdue, late, 8, 2).firing(Seed004Risks.TRAFFIC).orElseThrow().evidence())
                .containsExactly(new Evidence.TaskNotDone(PRINTING, LocalDate.of(2024, 8, 1), "执行分工表 08-02"));
        assertThat(evaluate(overdue, onTime, 8, 9).fired()).isEmpty();
        assertThat(evaluate(overdue, afterwards, 8, 9).fired()).containsExactly(Seed004Risks.TRAFFIC);
        TriggerEvaluation absent = evaluate(overdue, unknownState, 8, 9);
        assertThat(absent.fired()).isEmpty();
        assertThat(absent.violations()).isEmpty();
    }

    @Test
    void aMetricInAPhaseFiresOnTheFirstOverDayThatMeetsTheCondition() {
        Trigger lowLeads = Trigger.metric(LEADS, Figure.CUMULATIVE, TriggerPeriod.during(PhaseKind.WARM_UP), Comparison.AT_MOST,
                new BigDecimal("100"));
        MapTriggerFacts.Builder facts = MapTriggerFacts.builder();
        facts.metric(LEADS, Figure.CUMULATIVE, LocalDate.of(2024, 7, 31), new BigDecimal("150"), "CRM 07-31");
        facts.metric(LEADS, Figure.CUMULATIVE, LocalDate.of(2024, 8, 2), new BigDecimal("100.00"), "CRM 08-02");
        facts.metric(LEADS, Figure.DAILY, LocalDate.of(2024, 8, 1), new BigDecimal("1"), "CRM 08-01");
        assertThat(evaluate(lowLeads, facts.build(), 8, 2).fired()).isEmpty();
        TriggerEvaluation evaluation = evaluate(lowLeads, facts.build(), 8, 3);
        assertThat(evaluation.firing(Seed004Risks.TRAFFIC).orElseThrow().evidence()).singleElement()
                .isInstanceOfSatisfying(Evidence.MetricObserved.class, e -> {
                    assertThat(e.day()).isEqualTo(LocalDate.of(2024, 8, 2));
                    assertThat(e.value()).isEqualByComparingTo("100");
                    assertThat(e.figure()).isEqualTo(Figure.CUMULATIVE);
                    assertThat(e.source()).isEqualTo("CRM 08-02");
                });
    }

    @Test
    void allOfNeedsEveryConditionAndAnyOfOneWithTheEvidenceOfThoseThatHold() {
        Trigger traffic = Seed004Risks.traffic().trigger().orElseThrow();
        Trigger materials = Seed004Risks.materials().trigger().orElseThrow();
        Trigger never = Trigger.metric(Seed004Risks.EXPOSURE, Figure.DAILY, TriggerPeriod.on(LocalDate.of(2024, 7, 31)),
                Comparison.ABOVE, new BigDecimal("1000000"));

        TriggerEvaluation both = evaluate(traffic.and(materials), Seed004Risks.plantedFacts(), 8, 2);
        assertThat(both.firing(Seed004Risks.TRAFFIC).orElseThrow().evidence()).hasSize(2);
        assertThat(evaluate(traffic.and(never), Seed004Risks.plantedFacts(), 8, 2).fired()).isEmpty();
        TriggerEvaluation either = evaluate(never.or(materials), Seed004Risks.plantedFacts(), 8, 2);
        assertThat(either.firing(Seed004Risks.TRAFFIC).orElseThrow().evidence())
                .singleElement().isInstanceOf(Evidence.MaterialNotDelivered.class);
        assertThat(evaluate(never.or(never), Seed004Risks.plantedFacts(), 8, 2).fired()).isEmpty();

        assertThat(traffic.and(materials).and(never)).isEqualTo(Trigger.allOf(traffic, materials, never));
        assertThat(traffic.or(materials).or(never)).isEqualTo(Trigger.anyOf(traffic, materials, never));
    }

    @Test
    void readingsRecordedAfterTheEvaluatedInstantAreNotSeen() {
        RiskRegister register = Seed004Risks.registerWithReadings();
        assertThat(register.evaluate(Seed004Risks.PHASES, TriggerFacts.none(), Seed004Risks.clock(8, 4, 9, 59)).fired())
                .doesNotContain(Seed004Risks.RAIN);
        assertThat(register.evaluate(Seed004Risks.PHASES, TriggerFacts.none(), Seed004Risks.clock(8, 4, 10, 0)).fired())
                .contains(Seed004Risks.RAIN);
        // Between covers the forecast's day; a range before it does not.
        Trigger between = Trigger.reading(Seed004Risks.RAIN_PROBABILITY, TriggerPeriod.between(DateRange.of(
                LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 6))), Comparison.AT_LEAST, BigDecimal.ZERO);
        assertThat(register.with(Seed004Risks.rain().withTrigger(between))
                .evaluate(Seed004Risks.PHASES, TriggerFacts.none(), Seed004Risks.clock(8, 9, 0, 0)).fired())
                .doesNotContain(Seed004Risks.RAIN);
    }

    @Test
    void factsCombineWithOr() {
        TriggerFacts first = MapTriggerFacts.builder().taskNotDone(PRINTING, "first").build();
        TriggerFacts second = MapTriggerFacts.builder().taskDone(PRINTING, LocalDate.of(2024, 7, 1), "second")
                .knownMetric(LEADS).build();
        TriggerFacts both = first.or(second);
        assertThat(both.knowsMetric(LEADS)).isTrue();
        assertThat(both.task(PRINTING, LocalDate.of(2024, 8, 1)).orElseThrow().source()).isEqualTo("first");
        assertThat(TriggerFacts.none().or(second).task(PRINTING, LocalDate.of(2024, 8, 1)).orElseThrow().value())
                .isEqualTo(Completion.DONE);
        assertThat(TriggerFacts.none().knowsTask(PRINTING)).isFalse();
    }

    @Test
    void conditionsRefuseBadInput() {
        assertThatThrownBy(() -> Trigger.allOf()).hasMessage("conditions: needs at least one entry");
        assertThatThrownBy(() -> TriggerPeriod.dayOf(PhaseKind.BURST, 0)).hasMessage("day: must be at least 1: 0");
        assertThatThrownBy(() -> Trigger.materialNotDeliveredBy(" ", LocalDate.of(2024, 8, 1)))
                .hasMessage("material: must not be blank");
        Trigger deep = Seed004Risks.traffic().trigger().orElseThrow();
        for (int depth = 2; depth <= Trigger.MAX_DEPTH; depth++) {
            deep = depth % 2 == 0 ? Trigger.allOf(deep) : Trigger.anyOf(deep);
        }
        Trigger atLimit = deep;
        assertThatThrownBy(() -> Trigger.anyOf(atLimit))
                .hasMessage("conditions: nested 9 levels deep, at most 8 are allowed");
        assertThatThrownBy(() -> Seed004Risks.reading(Seed004Risks.RAIN_PROBABILITY, 8, 7, "60", Seed004Risks.at(8, 1, 0, 0), " "))
                .hasMessage("source: must not be blank");
        assertThatThrownBy(() -> Fact.of(BigDecimal.ONE, "")).hasMessage("source: must not be blank");
        assertThatThrownBy(() -> new Firing(Seed004Risks.RAIN, List.of()))
                .hasMessage("evidence: needs at least one entry");
        List<Firing> twice = new ArrayList<>();
        Firing firing = new Firing(Seed004Risks.RAIN, List.of(new Evidence.TaskNotDone(PRINTING, LocalDate.of(2024, 8, 1), "x")));
        twice.add(firing);
        twice.add(firing);
        assertThatThrownBy(() -> new TriggerEvaluation(Seed004Risks.at(8, 1, 0, 0), LocalDate.of(2024, 8, 1), twice,
                io.vavr.collection.List.empty())).hasMessage("firings: R1 is listed twice");
    }
}
