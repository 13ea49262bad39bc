package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.campaign.AgeRange;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.StageChange;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.report.HtmlReport;
import io.github.campaignkit.core.report.ReportSection;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.json.CampaignJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

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
                "li.cehua 无权推进活动，此活动中只有总负责人 zhang.jingli 可以。",
                "活动主题不能为空。（位置：profile.theme）",
                "尚未指定参与部门。（位置：profile.departments）",
                "团队尚未指定总负责人。（位置：team.members）",
                "✓ zhang.jingli 修改团队（版本 5）",
                "预热期（2024-05-28…2024-06-10）超出了活动时间 2024-06-01…2024-06-18。（位置：profile.phases[0].range）",
                "该操作基于版本 3，但活动已是版本 4，请刷新后重试。",
                "活动处于暂停状态（暂停于准备阶段），请先恢复再推进活动。",
                "活动已归档，不能再执行任何操作（操作：暂停活动）。",
                "✓ zhang.jingli 修改活动概况（版本 4）",
                "预算当前为“草稿”，尚未批准。（位置：budget.approval.status）",
                "张经理（zhang.jingli）无权审批此预算，只有审批人 liu.zong 可以。（位置：actor）",
                "✓ liu.zong 批准预算（版本 12）",
                "人力成本   | 直播主播(2人×10天×1500元/天)   |      30,000.00 |",
                "“直播主播”尚未登记实际支出；如无支出，请登记 0 并注明原因。（位置：budget.plan.lines[0]）",
                "合计       |                                |     144,000.00 |   100% |     128,000.00 |",
                "✓ zhang.jingli 结算费用（版本 25）", "无合作方分摊：全部费用由本方承担。",
                "✓ zhang.jingli 提交复盘报告（版本 27）",
                "✓ zhang.jingli 推进活动：复盘 → 归档（版本 28）");
        assertThat(archived[0].stage()).isEqualTo(Stage.CLOSED);
        assertThat(archived[0].history()).extracting(StageChange::to).containsExactly(
                Stage.PREPARATION, Stage.ON_HOLD, Stage.PREPARATION, Stage.EXECUTION, Stage.REVIEW, Stage.CLOSED);
        assertThat(archived[0].revision()).isEqualTo(28);
        assertThat(archived[0].review().retrospective().orElseThrow().actionsForGoal(
                io.github.campaignkit.core.goal.GoalId.of("G3"))).hasSize(1);
        assertThat(archived[0].budget().actualTotal()).hasToString("128000.00 CNY");
        assertThat(archived[0].team().overallLead()).contains(Promotion618.LEAD);
    }

    @Test
    void planningIsLeftOnlyOnceGoalsAreSignedTheBudgetApprovedAndTheTeamComplete() throws Exception {
        String out = run(Lang.ZH, new Campaign[1]);
        String signatures = String.join("\n",
                "    部门“市场部”尚未签署活动目标确认书。（位置：goals.signOffs）",
                "    部门“品牌部”尚未签署活动目标确认书。（位置：goals.signOffs）",
                "    部门“销售部”尚未签署活动目标确认书。（位置：goals.signOffs）");
        String draftBudget = String.join("\n",
                "    预算当前为“草稿”，尚未批准。（位置：budget.approval.status）",
                "    预算尚无明细项目。（位置：budget.plan.lines）");
        // Profile complete: every department's signature, the team's lead and the budget are missing.
        assertThat(out).contains("概况已完整，再次申请：目标尚未经三个参与部门签字：\n✗ zhang.jingli 申请推进活动，被拒绝，原因：\n"
                + signatures + "\n    团队尚未指定总负责人。（位置：team.members）\n" + draftBudget + "\n");
        // The team entered without its media and data modules: two module leads lead nothing.
        assertThat(out).contains("✓ zhang.jingli 修改团队（版本 5）\n✗ zhang.jingli 申请推进活动，被拒绝，原因：\n" + signatures
                + "\n    陈专员（chen.zhuanyuan）是模块负责人，但没有负责任何模块。（位置：team.members[4].role）"
                + "\n    刘分析师（liu.fenxishi）是模块负责人，但没有负责任何模块。（位置：team.members[5].role）\n" + draftBudget + "\n");
        // Team complete, two departments signed, the budget approved: only sales' signature is missing.
        assertThat(out).contains("只差销售部签字：\n✗ zhang.jingli 申请推进活动，被拒绝，原因：\n"
                + "    部门“销售部”尚未签署活动目标确认书。（位置：goals.signOffs）\n\n销售部负责人签字：\n"
                + "✓ head-销售部 签署目标：销售部（版本 13）\n\n再次申请进入准备阶段：\n✓ zhang.jingli 推进活动：策划 → 准备（版本 14）");
        assertThat(out).contains("✓ head-市场部 签署目标：市场部（版本 7）", "✓ head-品牌部 签署目标：品牌部（版本 8）");
    }

    @Test
    void reproducesTheSeedsNumbers() throws Exception {
        Campaign[] archived = new Campaign[1];
        run(Lang.ZH, archived);
        Campaign campaign = archived[0];
        assertThat(campaign.profile().name()).isEqualTo("品牌618促销活动");
        assertThat(campaign.profile().theme()).isEqualTo("年中大促·满300减50");
        assertThat(campaign.profile().kind()).isEqualTo(CampaignKind.ONLINE);
        assertThat(campaign.profile().window()).isEqualTo(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)));
        assertThat(campaign.profile().audience().ageRange()).contains(AgeRange.of(18, 35));
        assertThat(campaign.profile().audience().description()).contains("客单价150-300元");
        assertThat(campaign.profile().mechanics()).contains("满减");
        assertThat(campaign.profile().departments()).extracting(Department::name).containsExactly("市场部", "品牌部", "销售部");
        assertThat(campaign.goals().goals()).extracting(g -> g.target().orElseThrow()).containsExactly(
                Target.atLeast(BigDecimal.valueOf(5000)), Target.uplift(BigDecimal.valueOf(30)),
                Target.atLeast(BigDecimal.valueOf(2000)));
        assertThat(campaign.goals().signOffs()).extracting(s -> s.signer().value())
                .containsExactly("head-市场部", "head-品牌部", "head-销售部");
        assertThat(campaign.evaluation().rows()).extracting(r -> r.achievement().orElseThrow().toPlainString())
                .containsExactly("104.6", "103.2", "92.5");
        assertThat(campaign.budget().plan().total()).hasToString("144000.00 CNY");
        assertThat(campaign.budget().plan().share(BudgetCategory.CONTINGENCY)).contains(new BigDecimal("11.11"));
        assertThat(campaign.team().members()).extracting(Member::name)
                .containsExactly("张经理", "李策划", "王助理", "赵主管", "陈专员", "刘分析师");
    }

    @Test
    void writesAnHtmlReportBesideTheDocument() throws Exception {
        Campaign[] archived = new Campaign[1];
        run(Lang.ZH, archived);
        Path html = reports.resolve("seed-000-618.html");
        assertThat(html).exists();
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(HtmlReport.of(Lang.ZH.locale()).render(archived[0], Promotion618.REPORT_DAY));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("品牌618促销活动");
        // The sections with something to show: the 618 example plans no partners, channels, suppliers,
        // on-site event or dashboard.
        assertThat(doc.getElementsByTagName("section").getLength()).isEqualTo((int) java.util.Arrays
                .stream(ReportSection.values()).filter(s -> !s.isEmpty(archived[0])).count()).isLessThan(
                ReportSection.values().length);
        assertThat(text).doesNotContain("<section id=\"dashboard\"", "尚未设置监控指标。");
        assertThat(text).contains("<h2>执行甘特图与关键路径</h2>", "关键路径上 4 个任务", "<td>新品销量</td>", "104.6%", "<td class=\"num\">144,000.00</td>", "<td class=\"num\">128,000.00</td>");
        assertThat(count(text, "<g class=\"task critical\"")).isEqualTo(4);
        assertThat(count(text, "<g class=\"budget-bar\"")).isEqualTo(4);
        // The 3 × 3 heat map: nine cells; R1 (中 × 高) in a high cell, R2 (低 × 高) and R3 (低 × 中) in medium and low ones.
        assertThat(count(text, "<g class=\"heat-cell ")).isEqualTo(9);
        assertThat(text).contains("<g class=\"heat-cell level-high\" data-likelihood=\"2\" data-impact=\"3\" data-risks=\"1\">",
                "<g class=\"heat-cell level-medium\" data-likelihood=\"1\" data-impact=\"3\" data-risks=\"1\">",
                "<g class=\"heat-cell level-low\" data-likelihood=\"1\" data-impact=\"2\" data-risks=\"1\">",
                "<td>大促流量过大导致系统崩溃</td>");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
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
                "li.cehua may not advance the campaign: in this campaign only the overall lead zhang.jingli may.",
                "张经理 (zhang.jingli) may not approve or reject this budget; only its approver liu.zong may. (at actor)",
                "Budget (version 1, approved)");
        assertThat(out).doesNotContain("活动主题不能为空");
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
