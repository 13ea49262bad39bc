package io.github.campaignkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.SmartPolicy;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.kpi.Acknowledgement;
import io.github.campaignkit.core.kpi.Dashboard;
import io.github.campaignkit.core.kpi.KpiTracking;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three tables of seed 004 as text, in Chinese and English. */
class RenderersTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private static List<String> lines(String text) {
        return text.lines().collect(java.util.stream.Collectors.toList());
    }

    private static Dashboard answered() {
        Instant raised = Instant.parse("2024-08-04T02:00:00Z");
        KpiTracking kpi = Seed004Kpi.kpi();
        Dashboard first = kpi.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), Seed004Kpi.DASHBOARD_DAY);
        kpi = kpi.raise(first, raised);
        kpi = kpi.acknowledge(Acknowledgement.of(kpi.alerts().get(0), Seed004Kpi.LI, raised.plusSeconds(900),
                "部分社群管理员积极性低")).get();
        kpi = kpi.acknowledge(Acknowledgement.of(kpi.alerts().get(1), Seed004Kpi.LIU, raised.plusSeconds(1200),
                "直播间咨询未及时跟进")).get();
        return kpi.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), Seed004Kpi.DASHBOARD_DAY);
    }

    @Test
    void theDashboardHasTheSeedsRowsWithABarEach() {
        String zh = DashboardRenderer.standard().render(answered(), ZH);
        List<String> lines = lines(zh);
        assertThat(lines.get(0)).isEqualTo("营销活动数据监控看板（2024-08-04）");
        assertThat(lines.get(1)).startsWith("渠道").contains("今日数据", "累计数据", "达成率", "进度线", "预警状态", "异常原因");
        assertThat(lines.get(3)).startsWith("抖音").contains("曝光量", "800,000", "3,500,000", "≥5,000,000", "70%",
                "45.5%", "[########|#####------]", "正常", "zhang");
        assertThat(lines.get(4)).contains("线索留资量", "850", "≥2,000", "42.5%", "[########|-----------]", "正常");
        assertThat(lines.get(5)).startsWith("社群").contains("1,800", "≥3,000", "60%", "83.3%", "预警",
                "部分社群管理员积极性低", "li");
        assertThat(lines.get(6)).startsWith("线下快闪店").contains("280", "≥500", "56%", "正常");
        assertThat(lines.get(7)).startsWith("整体").contains("线索转化率", "11%", "12.5%", "≥15%", "83.3%", "100%",
                "[#################--|]", "预警", "直播间咨询未及时跟进", "liu");
        assertThat(zh).contains("说明：", "  [预警] 社群渠道的转发量达成 60.0%，进度线为 83.3%，落后 23.3 个百分点，超过容许的 10 个百分点。");
        // Columns line up by display width: every status starts in the same column.
        int column = DisplayWidth.of(lines.get(3).substring(0, lines.get(3).indexOf("正常")));
        assertThat(DisplayWidth.of(lines.get(5).substring(0, lines.get(5).indexOf("预警")))).isEqualTo(column);
        assertThat(DisplayWidth.of(lines.get(7).substring(0, lines.get(7).indexOf("预警")))).isEqualTo(column);

        String en = DashboardRenderer.standard().render(answered(), EN);
        assertThat(lines(en).get(0)).isEqualTo("KPI dashboard, 2024-08-04");
        assertThat(en).contains("all channels", "warning", "normal", "Notes:",
                "[warning] 转发量 through 社群 is at 60.0% against a pace of 83.3%");
    }

    @Test
    void aNarrowBarStillShowsThePace() {
        String text = DashboardRenderer.standard().withBarWidth(10).render(answered(), ZH);
        assertThat(text).contains("[####|##---]", "[####|-----]", "[######-|--]", "[########-|]");
        assertThat(Texts.bar(Optional.empty(), BigDecimal.ZERO, 5)).isEqualTo("[-----]");
        assertThat(Texts.bar(Optional.of(BigDecimal.valueOf(250)), BigDecimal.valueOf(100), 5)).isEqualTo("[####|]");
    }

    @Test
    void everyTextRendererNamesMembersFromTheTeam() {
        io.github.campaignkit.core.team.Team team = io.github.campaignkit.core.Seed004.team();
        String zhang = team.member(MemberId.of("zhang")).orElseThrow().name();
        String evaluation = EvaluationRenderer.standard().withTeam(team)
                .render(Seed004Kpi.withResults(Seed004Kpi.goals()).evaluate(), ZH);
        assertThat(lines(evaluation).get(3)).contains(zhang).doesNotContain("zhang");
        String goals = GoalTableRenderer.standard().withTeam(team).render(Seed004Kpi.goals(), ZH);
        assertThat(goals).contains(zhang).doesNotContain("| zhang");
        String budget = BudgetTableRenderer.render(io.github.campaignkit.core.budget.Seed004Budgets.settled(), team, ZH);
        assertThat(budget).contains(zhang).doesNotContain(" zhang ");
        // Without a team, ids: the renderers never guess.
        assertThat(EvaluationRenderer.standard().render(Seed004Kpi.withResults(Seed004Kpi.goals()).evaluate(), ZH))
                .contains("zhang");
    }

    @Test
    void theEvaluationTableReadsAsTheSeed() {
        String zh = EvaluationRenderer.standard().render(Seed004Kpi.withResults(Seed004Kpi.goals()).evaluate(), ZH);
        List<String> lines = lines(zh);
        assertThat(lines.get(0)).isEqualTo("营销活动效果评估表");
        assertThat(lines.get(1)).startsWith("评估维度").contains("核心指标", "目标值", "实际值", "达成率", "分析说明", "负责人");
        assertThat(lines.get(3)).startsWith("品牌曝光").contains("社交媒体话题阅读量", "≥5,000,000", "6,200,000", "124%",
                "达标", "抖音投放精准，学生群体转发积极", "zhang");
        assertThat(lines.get(4)).startsWith("线索获取").contains("有效线索量", "≥1,200", "1,530", "127.5%");
        assertThat(lines.get(5)).startsWith("销售转化").contains("线索转化率", "≥15%", "16.2%", "108%");
        assertThat(lines.get(6)).startsWith("整体效果").contains("ROI", "≥300%", "549%", "183%");
        assertThat(lines.get(7)).startsWith("用户满意度").contains("活动满意度（抽样100人）", "≥85分", "92分", "108%", "wang");
        assertThat(lines).hasSize(8);

        String en = EvaluationRenderer.standard().render(Seed004Kpi.goals().evaluate(), EN);
        assertThat(en).contains("Campaign evaluation", "brand exposure", "≥85 pts", "unknown", "Notes:",
                "[error] goals[0]: Goal G1 has no actual value yet.");
    }

    @Test
    void theGoalTableShowsSignaturesAndTheSmartLetters() {
        GoalSheet goals = Seed004Kpi.goals().sign(Department.of("市场部"), MemberId.of("head"), Instant.EPOCH)
                .sign(Department.of("销售部"), MemberId.of("head2"), Instant.EPOCH);
        goals = goals.withGoal(goals.goals().get(4).toBuilder().deadline(Optional.empty()).dataSource("").build())
                .withGoal(goals.goals().get(3).toBuilder().target(Target.uplift(BigDecimal.valueOf(80)))
                        .baseline(BigDecimal.valueOf(200)).build());
        String zh = GoalTableRenderer.standard().render(goals, Seed004Kpi.WINDOW, SmartPolicy.defaults(), ZH);
        List<String> lines = lines(zh);
        assertThat(lines.get(0)).isEqualTo("营销活动目标拆解表");
        assertThat(lines.get(1)).contains("核心目标维度", "具体目标描述", "量化指标", "目标值", "数据来源", "完成时间节点", "确认签字",
                "SMART");
        assertThat(lines.get(3)).startsWith("G1").contains("O1", "品牌曝光", "社交媒体话题阅读量", "≥5,000,000",
                "第三方数据平台、后台数据", "2024-08-14", "中", "市场部、销售部", "OK");
        assertThat(lines.get(6)).startsWith("G4").contains("整体效果", "较基线+80%（基线 200%）", "a");
        assertThat(lines.get(6)).doesNotContain("市场部");
        assertThat(lines.get(7)).startsWith("G5").endsWith("mT");

        String en = GoalTableRenderer.standard().render(Seed004Kpi.goals(), EN);
        assertThat(en).startsWith("Goal breakdown\n").contains("sales conversion", "≥15%", "high").doesNotContain("SMART");
    }

    @Test
    void widthCountsChineseAsTwo() {
        assertThat(DisplayWidth.of("抖音")).isEqualTo(4);
        assertThat(DisplayWidth.of("ROI≥300%")).isEqualTo(8);
        assertThat(DisplayWidth.of("（抽样100人）")).isEqualTo(13);
        assertThat(new TextTable(List.of("a", "b"), false, true).add(List.of("抖音", "1")).add(List.of("x", "100"))
                .render()).isEqualTo("a       b\n----  ---\n抖音    1\nx     100\n");
    }
}
