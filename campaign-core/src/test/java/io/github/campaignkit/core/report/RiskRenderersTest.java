package io.github.campaignkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.risk.Rating;
import io.github.campaignkit.core.risk.RiskAlert;
import io.github.campaignkit.core.risk.RiskCategory;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.TriggerEvaluation;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Risks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskRenderersTest {

    private static List<RiskAlert> seedAlerts() {
        RiskRegister register = Seed004Risks.registerWithReadings();
        TriggerEvaluation e = register.evaluate(Seed004Risks.PHASES, Seed004Risks.plantedFacts(), Seed004Risks.clock(8, 6, 9, 0));
        return register.fire(e, MemberId.of("monitor"), e.at()).get().alerts();
    }

    @Test
    void theSeedRegisterInChinese() {
        assertThat(RiskHeatMapRenderer.renderRegister(Seed004Risks.register(), Locale.SIMPLIFIED_CHINESE)).isEqualTo(String.join("\n",
                "风险热力图（可能性 3 级 × 影响 3 级）",
                "可能性＼影响 | 低   | 中       | 高",
                "高           | 3 中 | 6 高     | 9 高",
                "中           | 2 低 | 4 中：R3 | 6 高：R1",
                "低           | 1 低 | 2 低     | 3 中：R2、R4",
                "按分值排序：",
                "  1. R1 线下遇雨（天气）  中×高 = 6  等级：高  责任人：wang  状态：已识别",
                "  2. R3 线上流量不足（流量）  中×中 = 4  等级：中  责任人：zhang  状态：已识别",
                "  3. R2 物料延迟到货（物资供应）  低×高 = 3  等级：中  责任人：zhou  状态：已识别",
                "  4. R4 现场设备故障（设备）  低×高 = 3  等级：中  责任人：liu  状态：已识别"));
    }

    @Test
    void theSeedHeatMapInEnglish() {
        assertThat(RiskHeatMapRenderer.render(Seed004Risks.register().heatMap(), Locale.ENGLISH)).isEqualTo(String.join("\n",
                "Risk heat map (likelihood 3 levels × impact 3 levels)",
                "likelihood \\ impact | low      | medium       | high",
                "high                | 3 medium | 6 high       | 9 high",
                "medium              | 2 low    | 4 medium: R3 | 6 high: R1",
                "low                 | 1 low    | 2 low        | 3 medium: R2, R4"));
    }

    @Test
    void risksOffTheScalesAreListedUnderTheMap() {
        RiskRegister register = Seed004Risks.register().with(Seed004Risks.rain().toBuilder().id(RiskId.of("R9"))
                .likelihood(Rating.VERY_HIGH).build());
        assertThat(RiskHeatMapRenderer.render(register.heatMap(), Locale.SIMPLIFIED_CHINESE))
                .endsWith("\n未能定位（评级不在矩阵的量表中）：R9");
        assertThat(RiskHeatMapRenderer.renderRegister(register, Locale.ENGLISH))
                .contains("\nNot placed (ratings not on the matrix's scales): R9\nBy score:\n");
        assertThat(RiskHeatMapRenderer.render(RiskRegister.empty().withMatrix(RiskMatrix.fiveByFive()).heatMap(),
                Locale.SIMPLIFIED_CHINESE)).startsWith("风险热力图（可能性 5 级 × 影响 5 级）\n可能性＼影响 | 很低 | 低    |")
                .endsWith("\n很低         | 1 低 | 2 低  | 3 低  | 4 低  | 5 中");
    }

    @Test
    void anAlertNamesItsOwnerEvidenceAndMeasuresInChinese() {
        assertThat(RiskAlertRenderer.render(seedAlerts().get(2), Locale.SIMPLIFIED_CHINESE, Seed004Risks.SHANGHAI))
                .isEqualTo(String.join("\n",
                        "【风险预警】R3 线上流量不足（流量，等级：中）",
                        "触发时间：2024-08-06 09:00",
                        "责任人：zhang",
                        "触发依据：",
                        "  - 指标“曝光量”2024-07-31 当日值为 320000，低于 500000；来源：数据监控看板 2024-07-31",
                        "应对措施：",
                        "  1. 增加社群转发任务（每人邀请5人）（zhang）",
                        "  2. 追加5000元抖音投放预算（zhang，预算科目：应急备用金）"));
    }

    @Test
    void anAlertInEnglish() {
        List<RiskAlert> alerts = seedAlerts();
        assertThat(RiskAlertRenderer.render(alerts.get(0), Locale.ENGLISH, Seed004Risks.SHANGHAI)).isEqualTo(String.join("\n",
                "[Risk alert] R1 线下遇雨 (weather, level: high)",
                "Triggered: 2024-08-06 09:00",
                "Owner: wang",
                "Why:",
                "  - reading 降雨概率 for 2024-08-07 was 70, at least 60, recorded 2024-08-04 10:00; source: 中央气象台 08-04 预报",
                "Measures:",
                "  1. 1天前联系学校确认备用室内场地 (wang)",
                "  2. 准备雨棚、防滑垫 (wang)"));
        assertThat(RiskAlertRenderer.evidence(alerts.get(1).evidence().get(0), Locale.ENGLISH, Seed004Risks.SHANGHAI))
                .isEqualTo("material 快闪店物料 had not arrived by 2024-08-01; source: 物料清单 2024-08-03 到货登记");
        assertThat(RiskAlertRenderer.render(alerts.get(0), Locale.ENGLISH, java.time.ZoneOffset.UTC))
                .contains("Triggered: 2024-08-06 01:00");
    }

    @Test
    void anAlertRaisedByHandWithoutOwnerOrMeasures() {
        RiskAlert bare = RiskAlert.builder().risk(RiskId.of("R7")).scenario("舆情负面").category(RiskCategory.PUBLIC_OPINION)
                .at(Seed004Risks.at(8, 8, 20, 30)).build();
        assertThat(RiskAlertRenderer.render(bare, Locale.SIMPLIFIED_CHINESE, Seed004Risks.SHANGHAI)).isEqualTo(String.join("\n",
                "【风险预警】R7 舆情负面（舆情）", "触发时间：2024-08-08 20:30", "责任人：未指定", "触发依据：", "  - 人工触发",
                "应对措施：", "  （无）"));
        assertThat(RiskAlertRenderer.render(bare, Locale.ENGLISH, Seed004Risks.SHANGHAI))
                .contains("Owner: none\nWhy:\n  - triggered by hand\nMeasures:\n  (none)");
        assertThat(bare.level()).isEqualTo(Optional.empty());
    }

    @Test
    void displayWidthCountsChineseAsTwoColumns() {
        assertThat(DisplayWidth.of("高")).isEqualTo(2);
        assertThat(DisplayWidth.of("R1、R2")).isEqualTo(6);
        assertThat(DisplayWidth.padRight("中", 4)).isEqualTo("中  ");
    }
}
