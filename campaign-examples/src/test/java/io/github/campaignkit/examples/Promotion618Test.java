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
                "✓ zhang.jingli 推进：复盘 → 归档（版本 8）");
        assertThat(archived[0].stage()).isEqualTo(Stage.CLOSED);
        assertThat(archived[0].history()).extracting(StageChange::to).containsExactly(
                Stage.PREPARATION, Stage.ON_HOLD, Stage.PREPARATION, Stage.EXECUTION, Stage.REVIEW, Stage.CLOSED);
        assertThat(archived[0].revision()).isEqualTo(8);
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
                "li.cehua may not advance this campaign; only the overall lead zhang.jingli may.");
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
