package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskStatus;
import io.github.campaignkit.core.risk.RiskStatusChange;
import io.github.campaignkit.json.CampaignJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampusRiskPlanTest {

    @TempDir
    Path reports;

    private String run(Lang lang, Campaign[] result) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result[0] = new CampusRiskPlan(lang, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(reports);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachOfTheFourRisksFiresFromThePlantedDataAndIsResolvedBeforeArchiving() throws Exception {
        Campaign[] archived = new Campaign[1];
        String out = run(Lang.ZH, archived);

        assertThat(out).contains(
                "高风险 R1（线下遇雨）未设定启动条件。（位置：risks.entries[0].trigger）",
                "中           | 2 低 | 4 中：R3 | 6 高：R1",
                "2024-08-01 09:00  触发：R3",
                "2024-08-02 09:00  触发：R2",
                "2024-08-03 09:00  无风险触发",
                "2024-08-04 11:00  触发：R1",
                "2024-08-06 08:30  触发：R4",
                "      - 指标“曝光量”2024-07-31 当日值为 320000，低于 500000；来源：数据监控看板 2024-07-31",
                "      2. 追加5000元抖音投放预算（zhang，预算科目：应急备用金）",
                "风险 R4（现场设备故障）已触发但尚未处理完毕",
                "✓ zhang 推进活动：复盘 → 归档");
        Campaign campaign = archived[0];
        assertThat(campaign.stage()).isEqualTo(Stage.CLOSED);
        assertThat(campaign.risks().entries()).extracting(Risk::status).containsOnly(RiskStatus.MITIGATED);
        assertThat(campaign.risks().readings()).hasSize(3);
        assertThat(campaign.risks().entries()).extracting(r -> triggeredOn(r.changes().get(0)))
                .containsExactly("08-04 11:00", "08-02 09:00", "08-01 09:00", "08-06 08:30");
        assertThat(campaign.risks().entries()).allSatisfy(r -> {
            assertThat(r.changes().get(0).evidence()).hasSize(1);
            assertThat(r.changes().get(1).note()).contains("已按预案处理，影响已消除");
        });
    }

    private static String triggeredOn(RiskStatusChange change) {
        assertThat(change.to()).isEqualTo(RiskStatus.TRIGGERED);
        return java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm")
                .format(ZonedDateTime.ofInstant(change.at(), ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void speaksEnglishAndWritesADocumentThatReadsBack() throws Exception {
        Campaign[] archived = new Campaign[1];
        String out = run(Lang.EN, archived);
        assertThat(out).contains("High risk R1 (线下遇雨) has no trigger condition. (at risks.entries[0].trigger)",
                "[Risk alert] R1 线下遇雨 (weather, level: high)",
                "medium              | 2 low    | 4 medium: R3 | 6 high: R1");
        assertThat(out).doesNotContain("触发依据");
        String json = Files.readString(reports.resolve("seed-004-risks.json"), StandardCharsets.UTF_8);
        assertThat(CampaignJson.standard().read(json)).isEqualTo(archived[0]);
    }
}
