package io.github.campaignkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.RaciRole;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamPolicy;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RaciMatrixRendererTest {

    private static final RaciMatrixRenderer RENDERER = RaciMatrixRenderer.standard();

    @Test
    void rendersTheSeedMatrixInChinese() {
        assertThat(RENDERER.render(Seed004.board(), Seed004.team(), Locale.SIMPLIFIED_CHINESE)).isEqualTo(String.join("\n",
                "RACI 矩阵（R 负责人，A 审批人，C 咨询人，I 知情人）",
                "模块     | 任务                | 张* | 李* | 王* | 赵* | 周* | 刘* | 孙* | 吴*",
                "---------+---------------------+-----+-----+-----+-----+-----+-----+-----+----",
                "策划统筹 | T1 活动整体进度把控 | R/A | I   | I   |     |     |     |     |",
                "设计执行 | T2 线上线下物料设计 | A   | R   | C   |     | R   |     |     |",
                "线下执行 | T3 高校快闪店落地   | A   |     | R   | I   | C   | R   |     |",
                "数据跟踪 | T4 数据采集与监控   | A   | I   |     | R   |     |     | R   |",
                "后勤保障 | T5 礼品采购与物流   | A   |     | I   |     | R   |     |     | R"));
    }

    @Test
    void rendersInEnglishWithTheFindingsAndStrangersMarked() {
        TaskBoard broken = Seed004.board().withRaci(Seed004.raci()
                .without(a -> a.task().equals(Seed004.T4) && a.role() == RaciRole.ACCOUNTABLE)
                .with(Seed004.T5, MemberId.of("qian"), RaciRole.INFORMED));
        String text = RENDERER.render(broken, Seed004.team(), Locale.ENGLISH);
        assertThat(text).startsWith("RACI matrix (R responsible, A accountable, C consulted, I informed)\n"
                + "Module   | Task                | 张* | 李* | 王* | 赵* | 周* | 刘* | 孙* | 吴* | qian?\n");
        assertThat(text).contains("数据跟踪 | T4 数据采集与监控   |     | I   |     | R   |     |     | R   |     |\n");
        assertThat(text).endsWith("后勤保障 | T5 礼品采购与物流   | A   |     | I   |     | R   |     |     | R   | I\n"
                + "Findings:\n"
                + "  [error] tasks[3]: Task T4 has no accountable member (A).\n"
                + "  [error] raci.assignments[20].member: qian is not a member of the team.");
    }

    @Test
    void usesItsPolicyForTheWarnings() {
        String text = RENDERER.withPolicy(TeamPolicy.standard().withMaxConcurrentAccountable(4))
                .render(Seed004.board(), Seed004.team(), Locale.SIMPLIFIED_CHINESE);
        assertThat(text).endsWith("问题：\n  [警告] raci.assignments[0].member：zhang 同时审批 5 项并行任务，超过上限 4 项。");
    }

    @Test
    void anEmptyBoardIsAHeaderOnly() {
        assertThat(RENDERER.render(TaskBoard.empty(), Team.empty(), Locale.ENGLISH)).isEqualTo(
                "RACI matrix (R responsible, A accountable, C consulted, I informed)\nModule | Task\n-------+-----");
    }

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertThat(DisplayWidth.of("张*")).isEqualTo(3);
        assertThat(DisplayWidth.of("T1 活动（一）")).isEqualTo(3 + 2 * 5);
        assertThat(DisplayWidth.of("Alice")).isEqualTo(5);
    }
}
