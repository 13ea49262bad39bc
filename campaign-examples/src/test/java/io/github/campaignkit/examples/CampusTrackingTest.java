package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.tracking.IssueStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CampusTrackingTest {

    private static String run(Lang lang, Campaign[] result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result[0] = new CampusTracking(lang, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tracksTheSeedCampaignFromItsBoardToReview() {
        Campaign[] reviewed = new Campaign[1];
        String out = run(Lang.ZH, reviewed);
        assertThat(out).contains(
                "策划统筹 | T1 活动整体进度把控 | R/A | I   | I   |     |     |     |     |",
                "刘*（liu）无权变更任务状态（任务 T3），只有总负责人张*（zhang）、该任务所属模块的负责人或任务负责人可以。",
                "任务线上线下物料设计（T2）已是“已完成”，改回“未开始”必须说明原因。",
                "日报日期 2024-08-12 不在活动时间 2024-07-20…2024-08-10 内。",
                "任务高校快闪店落地（T3）已延期，尚无补救方案（应于 2024-07-31 10:00 前制定）。",
                "王*（wang）于 2024-08-01 17:20 提交 2024-08-01 的进度日报，晚于截止时间 2024-08-01 17:00。",
                "问题 Q-1 未获 wang 及时答复，已于 2024-08-02 09:30 上报总负责人 zhang。",
                "日报 3 份，完成事项 5 项",
                "大问题 Q-2 尚未解决（当前为已答复）。",
                "✓ zhang 推进活动：执行 → 复盘");
        Campaign campaign = reviewed[0];
        assertThat(campaign.stage()).isEqualTo(Stage.REVIEW);
        assertThat(campaign.board().tasks()).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.DONE));
        assertThat(campaign.tracking().reports()).hasSize(3);
        assertThat(campaign.tracking().issues()).extracting(i -> i.status())
                .containsExactly(IssueStatus.OPEN, IssueStatus.RESOLVED);
    }

    @Test
    void speaksEnglishOnRequest() {
        String out = run(Lang.EN, new Campaign[1]);
        assertThat(out).contains("RACI matrix (R responsible, A accountable, C consulted, I informed)",
                "Issue Q-1 was not answered by wang in time and went up to the overall lead zhang at 2024-08-02 09:30.",
                "✓ zhang advances execution → review");
        assertThat(out).doesNotContain("被拒绝");
    }
}
