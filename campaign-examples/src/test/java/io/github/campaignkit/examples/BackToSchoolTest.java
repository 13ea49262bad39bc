package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.json.CampaignJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackToSchoolTest {

    @TempDir
    Path reports;

    private String run(Lang lang, Campaign[] result) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result[0] = new BackToSchool(lang, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(reports);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String line(String out, String start) {
        List<String> found = out.lines().filter(l -> l.startsWith(start)).collect(Collectors.toList());
        assertThat(found).as(start).isNotEmpty();
        return found.get(found.size() - 1);
    }

    @Test
    void signsPrintsTheSeedsDashboardAndEvaluationAndArchives() throws Exception {
        Campaign[] archived = new Campaign[1];
        String out = run(Lang.ZH, archived);

        assertThat(out).contains(
                "部门“市场部”尚未签署活动目标确认书。（位置：goals.signOffs）",
                "✓ zhang 修改目标（版本 1）", "✓ zhang 修改数据看板方案（版本 2）", "✗ zhang 申请登记数据，被拒绝，原因：",
                "✓ head.market 签署目标：市场部（版本 3）",
                "目标 G2 在“市场部”签字（签字人 head.market）后被修改，该签字失效，须重新签署。（位置：goals.goals[1]）",
                "✓ zhang 推进活动：策划 → 准备（版本 9）",
                "2024-08-04 抖音渠道的线索留资量（leads）数据重复录入，请修改原记录而不是再录一条。",
                "⚑ 预警已触发：社群 转发量，须在 10:30 前响应", "⚑ 预警已触发：整体 线索转化率，须在 10:30 前响应",
                "[警告] alerts[1]：2024-08-04 整体渠道的 conversion 预警应在 2024-08-04 10:30 前响应，但直到 2024-08-04 10:45 才确认。",
                "目标 G1 尚无实际值。（位置：goals.goals[0]）",
                "✓ zhang 推进活动：复盘 → 归档");
        assertThat(line(out, "抖音        曝光量")).contains("70%", "正常");
        assertThat(line(out, "抖音        线索留资量")).contains("42.5%", "正常");
        assertThat(line(out, "社群")).contains("60%", "预警", "部分社群管理员积极性低");
        assertThat(line(out, "线下快闪店")).contains("56%", "正常");
        assertThat(line(out, "整体        线索转化率")).contains("12.5%", "83.3%", "预警", "直播间咨询未及时跟进");
        assertThat(line(out, "品牌曝光")).contains("124%");
        assertThat(line(out, "线索获取")).contains("127.5%");
        assertThat(line(out, "销售转化")).contains("108%");
        assertThat(line(out, "整体效果")).contains("183%");
        assertThat(line(out, "用户满意度")).contains("108%");

        assertThat(archived[0].stage()).isEqualTo(Stage.CLOSED);
        assertThat(archived[0].goals().signOffs()).hasSize(3);
        assertThat(archived[0].kpi().acknowledgements()).hasSize(2);
        String json = Files.readString(reports.resolve("seed-004-back-to-school.json"), StandardCharsets.UTF_8);
        assertThat(CampaignJson.standard().read(json)).isEqualTo(archived[0]);
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        String out = run(Lang.EN, new Campaign[1]);
        assertThat(out).contains("KPI dashboard, 2024-08-04", "Campaign evaluation", "Goal breakdown",
                "The department 市场部 has not signed the goal confirmation.");
        assertThat(out).doesNotContain("营销活动效果评估表");
    }
}
