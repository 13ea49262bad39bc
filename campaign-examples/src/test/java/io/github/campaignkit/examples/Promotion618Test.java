package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.StageChange;
import io.github.campaignkit.json.CampaignJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Promotion618Test {

    @TempDir
    Path reports;

    private String run(Lang lang, Campaign[] result) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result[0] = new Promotion618(lang, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(reports);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEveryRefusalInChineseAndArchivesTheCampaign() throws Exception {
        Campaign[] archived = new Campaign[1];
        String out = run(Lang.ZH, archived);

        assertThat(out).contains(
                "li.cehua 无权推进此活动，只有总负责人 zhang.jingli 可以。",
                "活动主题不能为空。（位置：profile.theme）",
                "尚未指定参与部门。（位置：profile.departments）",
                "团队尚未指定总负责人。（位置：team.members）",
                "✓ zhang.jingli 修改团队：（版本 2）",
                "预热期（2024-05-28…2024-06-10）超出了活动时间 2024-06-01…2024-06-18。（位置：profile.phases[0].range）",
                "该操作基于版本 0，但活动已是版本 1，请刷新后重试。",
                "活动处于暂停状态（暂停于准备），请先恢复再推进。",
                "活动已归档，不能再执行任何操作（操作：暂停）。",
                "✓ zhang.jingli 修改概况：（版本 1）",
                "预算当前为“草稿”，尚未批准。（位置：budget.approval.status）",
                "zhang.jingli 无权审批此预算，只有审批人 liu.zong 可以。（位置：actor）",
                "✓ liu.zong 批准预算：（版本 6）",
                "人力成本   | 直播主播(2人×10天×1500元/天)   |      30,000.00 |",
                "“直播主播”尚未登记实际支出；如无支出，请登记 0 并注明原因。（位置：budget.plan.lines[0]）",
                "合计       |                                |     144,000.00 |   100% |     128,000.00 |",
                "✓ zhang.jingli 提交复盘报告：（版本 18）",
                "✓ zhang.jingli 推进：复盘 → 归档（版本 19）");
        assertThat(archived[0].stage()).isEqualTo(Stage.CLOSED);
        assertThat(archived[0].history()).extracting(StageChange::to).containsExactly(
                Stage.PREPARATION, Stage.ON_HOLD, Stage.PREPARATION, Stage.EXECUTION, Stage.REVIEW, Stage.CLOSED);
        assertThat(archived[0].revision()).isEqualTo(19);
        assertThat(archived[0].review().retrospective().orElseThrow().actionsForGoal(
                io.github.campaignkit.core.goal.GoalId.of("G3"))).hasSize(1);
        assertThat(archived[0].budget().actualTotal()).hasToString("128000.00 CNY");
        assertThat(archived[0].team().overallLead()).contains(Promotion618.LEAD);
    }

    @Test
    void writesADocumentThatReadsBackAsTheSameCampaign() throws Exception {
        Campaign[] archived = new Campaign[1];
        run(Lang.ZH, archived);
        String json = Files.readString(reports.resolve("seed-000-618.json"), StandardCharsets.UTF_8);
        assertThat(CampaignJson.standard().read(json)).isEqualTo(archived[0]);
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        String out = run(Lang.EN, new Campaign[1]);
        assertThat(out).contains("The campaign has no theme. (at profile.theme)",
                "li.cehua may not advance this campaign; only the overall lead zhang.jingli may.",
                "zhang.jingli may not approve or reject this budget; only its approver liu.zong may. (at actor)",
                "Budget (version 1, approved)");
        assertThat(out).doesNotContain("活动主题不能为空");
    }

    @Test
    void runningTwiceWritesIdenticalFiles() throws Exception {
        run(Lang.ZH, new Campaign[1]);
        byte[] first = Files.readAllBytes(reports.resolve("seed-000-618.json"));
        run(Lang.ZH, new Campaign[1]);
        assertThat(Files.readAllBytes(reports.resolve("seed-000-618.json"))).isEqualTo(first);
    }

    @Test
    void languageOptionIsChecked() {
        assertThat(Lang.fromArgs()).isEqualTo(Lang.ZH);
        assertThat(Lang.fromArgs("--lang", "en")).isEqualTo(Lang.EN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lang.fromArgs("--lang", "fr"))
                .hasMessageContaining("zh or en");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lang.fromArgs("--lang"))
                .hasMessageContaining("needs a value");
    }
}
