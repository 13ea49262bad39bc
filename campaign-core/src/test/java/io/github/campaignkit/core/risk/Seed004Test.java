package io.github.campaignkit.core.risk;

import static io.github.campaignkit.core.testkit.Seed004Risks.EQUIPMENT;
import static io.github.campaignkit.core.testkit.Seed004Risks.MATERIALS;
import static io.github.campaignkit.core.testkit.Seed004Risks.RAIN;
import static io.github.campaignkit.core.testkit.Seed004Risks.TRAFFIC;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Risks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Seed 004's 风险预案表: levels on the default matrix, and each trigger firing from planted data. */
class Seed004Test {

    private static final MemberId MONITOR = MemberId.of("risk-monitor");

    private static TriggerEvaluation evaluateAt(int month, int day, int hour, int minute) {
        return Seed004Risks.registerWithReadings().evaluate(Seed004Risks.PHASES, Seed004Risks.plantedFacts(),
                Seed004Risks.clock(month, day, hour, minute));
    }

    @Test
    void levelsOnTheDefaultMatrix() {
        RiskRegister register = Seed004Risks.register();
        assertThat(register.levelOf(Seed004Risks.rain())).contains(RiskLevel.HIGH);
        assertThat(register.levelOf(Seed004Risks.materials())).contains(RiskLevel.MEDIUM);
        assertThat(register.levelOf(Seed004Risks.traffic())).contains(RiskLevel.MEDIUM);
        assertThat(register.levelOf(Seed004Risks.equipment())).contains(RiskLevel.MEDIUM);
        assertThat(register.scored()).extracting(s -> s.risk().id().value() + "=" + s.score())
                .containsExactly("R1=6", "R3=4", "R2=3", "R4=3");
    }

    @Test
    void theRegisterIsReadyToLeavePreparation() {
        assertThat(RiskRules.prepared().check(Seed004Risks.register())).isEmpty();
        assertThat(RiskRules.triggers(Seed004Risks.PHASES, Seed004Risks.plantedFacts()).check(Seed004Risks.register())).isEmpty();
    }

    @Test
    void trafficFiresOnceTheFirstWarmUpDayIsOver() {
        // 07-31 at 18:00 the day is still running: its figure is not final and is not read.
        assertThat(evaluateAt(7, 31, 18, 0).fired()).isEmpty();
        TriggerEvaluation next = evaluateAt(8, 1, 9, 0);
        assertThat(next.fired()).containsExactly(TRAFFIC);
        assertThat(next.firing(TRAFFIC).orElseThrow().evidence()).containsExactly(new Evidence.MetricObserved(
                Seed004Risks.EXPOSURE, Figure.DAILY, LocalDate.of(2024, 7, 31), new BigDecimal("320000"), Comparison.BELOW,
                new BigDecimal("500000"), "数据监控看板 2024-07-31"));
    }

    @Test
    void materialsFireTheDayAfterTheirDeadline() {
        assertThat(evaluateAt(8, 1, 23, 59).fired()).doesNotContain(MATERIALS);
        TriggerEvaluation next = evaluateAt(8, 2, 9, 0);
        assertThat(next.fired()).contains(MATERIALS);
        assertThat(next.firing(MATERIALS).orElseThrow().evidence()).containsExactly(new Evidence.MaterialNotDelivered(
                Seed004Risks.POP_UP_MATERIALS, LocalDate.of(2024, 8, 1), "物料清单 2024-08-03 到货登记"));
    }

    @Test
    void rainFiresFromTheLatestForecastRecordedSoFar() {
        // The 08-02 forecast for 08-07 says 30%: below the threshold.
        assertThat(evaluateAt(8, 3, 12, 0).fired()).doesNotContain(RAIN);
        TriggerEvaluation next = evaluateAt(8, 4, 10, 0);
        assertThat(next.fired()).contains(RAIN);
        assertThat(next.firing(RAIN).orElseThrow().evidence()).containsExactly(new Evidence.ReadingRecorded(
                Seed004Risks.RAIN_PROBABILITY, LocalDate.of(2024, 8, 7), new BigDecimal("70"), Comparison.AT_LEAST,
                new BigDecimal("60"), Seed004Risks.at(8, 4, 10, 0), "中央气象台 08-04 预报"));

        // A later forecast of 40% takes its place: the condition no longer holds.
        RiskRegister revised = Seed004Risks.registerWithReadings().plusReading(Seed004Risks.reading(Seed004Risks.RAIN_PROBABILITY, 8, 7,
                "40", Seed004Risks.at(8, 5, 10, 0), "中央气象台 08-05 预报"));
        assertThat(revised.evaluate(Seed004Risks.PHASES, Seed004Risks.plantedFacts(), Seed004Risks.clock(8, 5, 12, 0)).fired())
                .doesNotContain(RAIN);
    }

    @Test
    void equipmentFiresFromTheTestOnTheFirstPopUpDay() {
        assertThat(evaluateAt(8, 6, 7, 59).fired()).doesNotContain(EQUIPMENT);
        TriggerEvaluation next = evaluateAt(8, 6, 8, 0);
        assertThat(next.fired()).containsExactly(RAIN, MATERIALS, TRAFFIC, EQUIPMENT);
        assertThat(next.firing(EQUIPMENT).orElseThrow().evidence()).singleElement()
                .isInstanceOfSatisfying(Evidence.ReadingRecorded.class, e -> {
                    assertThat(e.about()).isEqualTo(LocalDate.of(2024, 8, 6));
                    assertThat(e.value()).isEqualByComparingTo("2");
                });
        assertThat(next.violations()).isEmpty();
        assertThat(next.day()).isEqualTo(LocalDate.of(2024, 8, 6));
    }

    @Test
    void withTheSeedsOwnReportsOnlyNothingFires() {
        TriggerEvaluation evaluation = Seed004Risks.register().evaluate(Seed004Risks.PHASES, Seed004Risks.seedFacts(),
                Seed004Risks.clock(8, 11, 9, 0));
        assertThat(evaluation.fired()).isEmpty();
        assertThat(evaluation.violations()).isEmpty();
    }

    @Test
    void firingMovesEachRiskToTriggeredAndAlertsItsOwnerWithTheMeasures() {
        RiskRegister register = Seed004Risks.registerWithReadings();
        TriggerEvaluation evaluation = evaluateAt(8, 6, 9, 0);
        Fired fired = register.fire(evaluation, MONITOR, evaluation.at()).get();

        assertThat(fired.register().entries()).allSatisfy(r -> assertThat(r.status()).isEqualTo(RiskStatus.TRIGGERED));
        assertThat(fired.alerts()).extracting(RiskAlert::risk).containsExactly(RAIN, MATERIALS, TRAFFIC, EQUIPMENT);
        RiskAlert traffic = fired.alerts().get(2);
        assertThat(traffic.owner()).contains(Seed004Risks.ZHANG);
        assertThat(traffic.level()).contains(RiskLevel.MEDIUM);
        assertThat(traffic.measures()).extracting(Measure::action)
                .containsExactly("增加社群转发任务（每人邀请5人）", "追加5000元抖音投放预算");
        assertThat(traffic.measures().get(1).budgetLine()).contains("应急备用金");
        assertThat(traffic.evidence()).isEqualTo(evaluation.firing(TRAFFIC).orElseThrow().evidence());
        assertThat(fired.register().openAlerts()).isEqualTo(fired.alerts());

        RiskStatusChange change = fired.register().find(RAIN).orElseThrow().lastChange().orElseThrow();
        assertThat(change.from()).isEqualTo(RiskStatus.IDENTIFIED);
        assertThat(change.by()).isEqualTo(MONITOR);
        assertThat(change.evidence()).hasSize(1);

        // Triggered risks are no longer armed: the same data fires nothing new.
        assertThat(fired.register().evaluate(Seed004Risks.PHASES, Seed004Risks.plantedFacts(), Seed004Risks.clock(8, 7, 9, 0)).fired())
                .isEmpty();
        assertThat(fired.register().fire(evaluation, MONITOR, evaluation.at()).getLeft().codes())
                .containsOnly("risk.status.move-refused");
    }

    @Test
    void resolvingATriggeredRiskNeedsANote() {
        TriggerEvaluation evaluation = evaluateAt(8, 6, 9, 0);
        RiskRegister triggered = Seed004Risks.registerWithReadings().fire(evaluation, MONITOR, evaluation.at()).get()
                .register();
        assertThat(RiskRules.resolved().check(triggered)).hasSize(4)
                .extracting(v -> v.path()).containsExactly("entries[0]", "entries[1]", "entries[2]", "entries[3]");

        assertThat(triggered.changeStatus(RAIN, RiskStatus.MITIGATED, Seed004Risks.WANG, Seed004Risks.at(8, 6, 10, 0),
                Optional.empty()).getLeft().codes()).containsExactly("risk.status.note-required");
        RiskRegister resolved = triggered;
        for (RiskId id : List.of(RAIN, MATERIALS, TRAFFIC, EQUIPMENT)) {
            resolved = resolved.changeStatus(id, RiskStatus.MITIGATED, Seed004Risks.WANG, Seed004Risks.at(8, 6, 10, 0),
                    Optional.of("已启用备用方案")).get();
        }
        assertThat(RiskRules.resolved().check(resolved)).isEmpty();
        assertThat(resolved.openAlerts()).isEmpty();
        assertThat(resolved.entries().stream().map(r -> r.changes().size()).collect(Collectors.toList()))
                .containsExactly(2, 2, 2, 2);
    }
}
