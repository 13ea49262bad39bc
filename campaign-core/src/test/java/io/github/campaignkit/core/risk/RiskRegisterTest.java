package io.github.campaignkit.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Risks;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskRegisterTest {

    private static final Instant AT = Seed004Risks.at(7, 20, 9, 0);
    private static final MemberId WANG = Seed004Risks.WANG;

    private static RiskStatusChange change(RiskStatus from, RiskStatus to) {
        return new RiskStatusChange(from, to, AT, WANG, Optional.empty(), List.of());
    }

    @Test
    void statusesMoveOnlyAlongTheAllowedPaths() {
        assertThat(RiskStatus.IDENTIFIED.successors())
                .containsExactlyInAnyOrder(RiskStatus.MONITORING, RiskStatus.TRIGGERED, RiskStatus.CLOSED);
        assertThat(RiskStatus.TRIGGERED.canMoveTo(RiskStatus.MITIGATED)).isTrue();
        assertThat(RiskStatus.MONITORING.canMoveTo(RiskStatus.MITIGATED)).isFalse();
        assertThat(RiskStatus.CLOSED.successors()).isEmpty();
        assertThat(RiskStatus.MONITORING.isArmed()).isTrue();
        assertThat(RiskStatus.MITIGATED.isArmed()).isFalse();
        assertThatThrownBy(() -> change(RiskStatus.CLOSED, RiskStatus.MONITORING))
                .hasMessage("to: a risk cannot move from closed to monitoring");
        assertThatThrownBy(() -> new RiskStatusChange(RiskStatus.IDENTIFIED, RiskStatus.MONITORING, AT, WANG,
                Optional.empty(), List.of(new Evidence.MaterialNotDelivered("展架", AT.atZone(Seed004Risks.SHANGHAI)
                .toLocalDate(), "物料清单")))).hasMessage("evidence: only a change to triggered carries evidence, not one to monitoring");
    }

    @Test
    void aRisksChangesFormAChainFromIdentified() {
        Risk watched = Seed004Risks.rain().withChange(change(RiskStatus.IDENTIFIED, RiskStatus.MONITORING));
        assertThat(watched.status()).isEqualTo(RiskStatus.MONITORING);
        assertThat(Seed004Risks.rain().status()).isEqualTo(RiskStatus.IDENTIFIED);
        assertThatThrownBy(() -> watched.withChange(change(RiskStatus.IDENTIFIED, RiskStatus.CLOSED)))
                .hasMessage("changes: change 2 starts from identified, but the risk was monitoring");
        assertThatThrownBy(() -> Seed004Risks.rain().withChange(change(RiskStatus.MONITORING, RiskStatus.CLOSED)))
                .hasMessageStartingWith("changes: change 1 starts from monitoring");
    }

    @Test
    void registersRefuseTheSameIdTwiceAndReplaceByIdInPlace() {
        assertThatThrownBy(() -> RiskRegister.builder().matrix(RiskMatrix.threeByThree())
                .addEntries(Seed004Risks.rain(), Seed004Risks.rain()).build())
                .hasMessage("entries: R1 is listed twice");
        RiskRegister register = Seed004Risks.register();
        Risk renamed = Seed004Risks.materials().toBuilder().scenario("物料延迟").build();
        assertThat(register.with(renamed).entries().get(1)).isEqualTo(renamed);
        assertThat(register.with(renamed).entries()).hasSize(4);
        assertThat(register.without(Seed004Risks.MATERIALS).entries()).extracting(Risk::id)
                .containsExactly(Seed004Risks.RAIN, Seed004Risks.TRAFFIC, Seed004Risks.EQUIPMENT);
        assertThat(register.find(RiskId.of("R9"))).isEmpty();
        assertThat(RiskRegister.empty().entries()).isEmpty();
        assertThat(RiskRegister.empty().matrix()).isEqualTo(RiskMatrix.threeByThree());
    }

    @Test
    void changingAStatusByHandIsRefusedWithEveryReason() {
        RiskRegister register = Seed004Risks.register();
        assertThat(register.changeStatus(RiskId.of("R9"), RiskStatus.CLOSED, WANG, AT, Optional.empty()).getLeft()
                .message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[错误] entries：风险登记表中没有风险 R9。");
        assertThat(register.changeStatus(Seed004Risks.RAIN, RiskStatus.MITIGATED, WANG, AT, Optional.empty()).getLeft()
                .message(Locale.ENGLISH)).isEqualTo("[error] entries[0]: Risk R1 cannot move from identified to mitigated.");

        RiskRegister triggered = register.changeStatus(Seed004Risks.RAIN, RiskStatus.TRIGGERED, WANG, AT, Optional.empty()).get();
        assertThat(triggered.openAlerts()).singleElement().satisfies(alert -> {
            assertThat(alert.evidence()).isEmpty();
            assertThat(alert.owner()).contains(WANG);
            assertThat(alert.level()).contains(RiskLevel.HIGH);
        });
        assertThat(triggered.changeStatus(Seed004Risks.RAIN, RiskStatus.IDENTIFIED, WANG, AT, Optional.of(" ")).getLeft()
                .codes()).containsExactly("risk.status.move-refused", "risk.status.note-required");
        RiskRegister falseAlarm = triggered.changeStatus(Seed004Risks.RAIN, RiskStatus.MONITORING, WANG, AT,
                Optional.of("预报已更新，降雨概率降至20%")).get();
        assertThat(falseAlarm.find(Seed004Risks.RAIN).orElseThrow().status()).isEqualTo(RiskStatus.MONITORING);
        assertThat(RiskRules.resolved().check(falseAlarm)).isEmpty();
    }

    @Test
    void aRevisionKeepsEveryHistoryAndReading() {
        RiskRegister before = Seed004Risks.registerWithReadings()
                .changeStatus(Seed004Risks.RAIN, RiskStatus.MONITORING, WANG, AT, Optional.empty()).get();
        // Editing a risk, adding one, dropping one without a history and adding a reading is fine.
        RiskRegister edited = before.with(Seed004Risks.traffic().toBuilder().scenario("线上流量不足（抖音）").build())
                .with(Seed004Risks.rain().toBuilder().id(RiskId.of("R5")).scenario("舆情负面").category(RiskCategory.PUBLIC_OPINION)
                        .build())
                .without(Seed004Risks.EQUIPMENT)
                .plusReading(Seed004Risks.reading(Seed004Risks.RAIN_PROBABILITY, 8, 8, "10", AT, "预报"));
        assertThat(RiskRules.revision(before, edited)).isEmpty();

        RiskRegister rewritten = before.with(Seed004Risks.rain())
                .without(Seed004Risks.EQUIPMENT)
                .with(Seed004Risks.equipment().withChange(change(RiskStatus.IDENTIFIED, RiskStatus.CLOSED)).toBuilder()
                        .id(RiskId.of("R6")).build())
                .toBuilder().readings(before.readings().subList(1, 3)).build();
        RiskRegister dropped = before.without(Seed004Risks.RAIN);
        Seq<Violation> found = RiskRules.revision(before, rewritten).appendAll(RiskRules.revision(before, dropped));
        assertThat(found.map(v -> v.code() + "@" + v.path())).containsExactly(
                "risk.revision.history-changed@entries[0].changes",
                "risk.revision.new-with-history@entries[3].changes",
                "risk.revision.readings-rewritten@readings",
                "risk.revision.removed-with-history@entries");
        assertThat(found.last().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("此次修改删除了已有状态历史的风险 R1（当前为监控中），请改为关闭该风险。");
    }

    @Test
    void highRisksNeedAnOwnerAMeasureAndATrigger() {
        Risk bare = Seed004Risks.rain().toBuilder().owner(Optional.empty()).measures(List.of()).trigger(Optional.empty()).build();
        Risk mediumBare = Seed004Risks.traffic().toBuilder().owner(Optional.empty()).measures(List.of())
                .trigger(Optional.empty()).build();
        Seq<Violation> found = RiskRules.prepared().check(RiskRegister.empty().with(bare).with(mediumBare));
        assertThat(found.map(Violation::path))
                .containsExactly("entries[0].owner", "entries[0].measures", "entries[0].trigger");
        assertThat(found.map(v -> v.message(Locale.SIMPLIFIED_CHINESE))).containsExactly(
                "高风险 R1（线下遇雨）未指定责任人。", "高风险 R1（线下遇雨）没有应对措施。", "高风险 R1（线下遇雨）未设定启动条件。");
        assertThat(RiskRules.prepared().check(RiskRegister.empty())).isEmpty();
        assertThat(RiskRules.resolved().check(RiskRegister.empty())).isEmpty();
    }

    @Test
    void draftsAreValuesAndTheRulesSayWhatIsMissing() {
        Risk draft = Seed004Risks.traffic().toBuilder().scenario(" ")
                .measures(List.of(Measure.of("", Seed004Risks.ZHANG))).build();
        assertThat(RiskRules.standard().check(RiskRegister.empty().with(draft)).map(Violation::path))
                .containsExactly("entries[0].scenario", "entries[0].measures[0].action");
        assertThatThrownBy(() -> Measure.of("追加预算", Seed004Risks.ZHANG).drawingOn(" 应急备用金"))
                .hasMessageStartingWith("budgetLine: must not start or end with white space");
    }

    @Test
    void theRegisterIsSortedByScoreThenImpact() {
        RiskMatrix sum = RiskMatrix.threeByThree().toBuilder().scoring(ScoringModel.sum())
                .bands(List.of(Band.scores(RiskLevel.LOW, 2, 3), Band.scores(RiskLevel.MEDIUM, 4, 4),
                        Band.scores(RiskLevel.HIGH, 5, 6))).build();
        Risk highImpact = Seed004Risks.materials(); // 低 + 高 = 4
        Risk mediumBoth = Seed004Risks.traffic(); // 中 + 中 = 4
        RiskRegister register = RiskRegister.empty().withMatrix(sum).with(mediumBoth).with(highImpact);
        assertThat(register.scored()).extracting(s -> s.risk().id()).containsExactly(Seed004Risks.MATERIALS, Seed004Risks.TRAFFIC);
        HeatMap map = register.heatMap();
        assertThat(map.at(Cell.of(1, 3)).risks()).containsExactly(Seed004Risks.MATERIALS);
        assertThat(map.at(Cell.of(2, 2)).level()).isEqualTo(RiskLevel.MEDIUM);
        assertThatThrownBy(() -> new HeatMap(sum, map.cells().subList(1, 9), List.of()))
                .hasMessage("cells: has 8 entries, expected 9");
    }
}
