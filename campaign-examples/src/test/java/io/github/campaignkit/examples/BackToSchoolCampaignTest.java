package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.ApprovalStatus;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.goal.ActualSource;
import io.github.campaignkit.core.goal.EvaluationRow;
import io.github.campaignkit.core.review.EvaluationReport;
import io.github.campaignkit.core.review.ReviewPolicy;
import io.github.campaignkit.core.risk.Evidence;
import io.github.campaignkit.core.risk.RiskStatus;
import io.github.campaignkit.core.risk.RiskStatusChange;
import io.github.campaignkit.core.schedule.TaskForecast;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.json.CampaignJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed 004 through every stage: the seed's numbers, the risk that fires, the review and next year's template. */
class BackToSchoolCampaignTest {

    @TempDir
    Path reports;

    private String run(Lang lang, BackToSchoolCampaign.Result[] result) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result[0] = new BackToSchoolCampaign(lang, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(reports);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String line(String out, String start) {
        List<String> found = out.lines().filter(l -> l.startsWith(start)).collect(Collectors.toList());
        assertThat(found).as(start).isNotEmpty();
        return found.get(found.size() - 1);
    }

    @Test
    void takesTheCampaignThroughEveryStageWithTheSeedsNumbers() throws Exception {
        BackToSchoolCampaign.Result[] result = new BackToSchoolCampaign.Result[1];
        String out = run(Lang.ZH, result);
        Campaign closed = result[0].closed();

        // Every stage, through the standard lifecycle.
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.history()).extracting(c -> c.to()).containsExactly(Stage.PREPARATION, Stage.EXECUTION,
                Stage.REVIEW, Stage.CLOSED);

        // Planning: the seed's table as written, then the approved budget.
        assertThat(out).contains("申报合计 77,000.00元 与明细合计 68,000.00元 不符（相差 9,000.00元）。",
                "应急备用金 5,000.00元 占预算合计 68,000.00元 的 7.35%，低于政策要求的 10%。",
                "✓ liu 批准预算（版本 8）", "✓ zhang 推进活动：策划 → 准备（版本 12）");
        assertThat(closed.budget().plan().lines()).extracting(l -> l.amount().amount().intValueExact())
                .containsExactly(12_000, 5_000, 1_000, 15_000, 20_000, 8_000, 2_000, 7_000);
        assertThat(closed.budget().status()).isEqualTo(ApprovalStatus.APPROVED);

        // Preparation: the Gantt chart's critical path.
        assertThat(result[0].forecast().criticalTasks()).extracting(TaskForecast::task).extracting(t -> t.value())
                .containsExactly("T6", "T7", "T8", "T9", "T13");
        assertThat(out).contains("关键路径：方案最终确认 → 物料设计启动 → 物料设计定稿 → 物料印刷/采购 → 线下快闪执行");

        // Execution: the traffic risk fires from the campaign's own observations on 08-01.
        List<RiskStatusChange> traffic = closed.risks().entries().stream()
                .filter(r -> r.id().equals(BackToSchoolCampaign.TRAFFIC)).findFirst().orElseThrow().changes();
        assertThat(traffic).extracting(RiskStatusChange::to).containsExactly(RiskStatus.TRIGGERED, RiskStatus.MITIGATED);
        assertThat(traffic.get(0).evidence()).singleElement().isInstanceOfSatisfying(Evidence.MetricObserved.class,
                e -> {
                    assertThat(e.day()).isEqualTo(LocalDate.of(2024, 7, 31));
                    assertThat(e.value()).isEqualByComparingTo("450000");
                    assertThat(e.source()).isEqualTo("kpi.observations exposure 2024-07-31 (抖音后台)");
                });
        assertThat(closed.risks().entries()).filteredOn(r -> !r.id().equals(BackToSchoolCampaign.TRAFFIC))
                .allMatch(r -> r.status() == RiskStatus.IDENTIFIED);
        assertThat(out).contains("【风险预警】R3 线上流量不足", "来源：kpi.observations exposure 2024-07-31 (抖音后台)");

        // The dashboard of 08-04 as the seed shows it, its two alerts answered within 30 minutes.
        assertThat(line(out, "抖音        曝光量")).contains("800,000", "3,500,000", "70%", "正常");
        assertThat(line(out, "抖音        线索留资量")).contains("42.5%", "正常");
        assertThat(line(out, "社群")).contains("60%", "预警", "部分社群管理员积极性低");
        assertThat(line(out, "线下快闪店")).contains("56%", "正常");
        assertThat(line(out, "整体        线索转化率")).contains("12.5%", "83.3%", "预警", "直播间咨询未及时跟进");
        assertThat(line(out, "2024-08-04  ")).isEqualTo("2024-08-04  预警：社群 转发量 预警；整体 线索转化率 预警");
        assertThat(closed.kpi().alerts()).hasSameSizeAs(closed.kpi().acknowledgements());
        assertThat(closed.kpi().unanswered(java.time.Instant.parse("2024-08-11T00:00:00Z"))).isEmpty();
        assertThat(closed.board().tasks()).allMatch(t -> t.status() == TaskStatus.DONE);

        // Review: actuals, ROI on the actual cost, the evaluation on time, the retrospective.
        assertThat(closed.budget().actualTotal().amount()).isEqualByComparingTo("77000");
        EvaluationReport report = closed.review().evaluation().orElseThrow();
        assertThat(report.rows()).extracting(EvaluationRow::achievement)
                .extracting(a -> a.orElseThrow().stripTrailingZeros().toPlainString())
                .containsExactly("124", "127.5", "108", "183", "108");
        assertThat(report.returnOnInvestment().orElseThrow().percent()).isEqualByComparingTo("549.35");
        // Each fact entered once: the conversion is the dashboard's total on the last day, the ROI
        // is computed from the tracked incremental sales and the actual spend; only what nobody
        // tracks (reads, valid leads, the survey) was typed.
        assertThat(report.rows()).extracting(r -> r.source().orElseThrow()).containsExactly(ActualSource.RECORDED,
                ActualSource.RECORDED, ActualSource.TRACKED, ActualSource.COMPUTED, ActualSource.RECORDED);
        assertThat(report.rows().get(2).actual()).contains(new java.math.BigDecimal("16.2"))
                .isEqualTo(closed.kpi().totals(closed.goals().metrics(), LocalDate.of(2024, 8, 10))
                        .cumulative(io.github.campaignkit.core.goal.MetricId.of("conversion"), java.util.Optional.empty()));
        assertThat(report.rows().get(3).actual()).contains(new java.math.BigDecimal("549.35"));
        assertThat(closed.returnOnInvestment().get()).isEqualTo(report.returnOnInvestment().orElseThrow());
        assertThat(closed.evaluation().findings()).extracting(v -> v.code()).doesNotContain("goal.result.disagrees");
        assertThat(ReviewPolicy.standard().due(closed.profile().window())).isEqualTo(LocalDate.of(2024, 8, 14));
        assertThat(report.issuedOn()).isEqualTo(LocalDate.of(2024, 8, 13));
        assertThat(out).contains("ROI = (500,000元 − 77,000元) / 77,000元 × 100% = 549.35%",
                "尚未提交活动效果评估报告。（位置：review.evaluation）", "无合作方分摊：全部费用由本方承担。", "✓ zhang 推进活动：复盘 → 归档（版本 70）", "从创建时起重放，得到同一活动：是");
        assertThat(line(out, "品牌曝光")).contains("124%");
        assertThat(line(out, "线索获取")).contains("127.5%");
        assertThat(line(out, "整体效果")).contains("183%");
        assertThat(closed.review().retrospective().orElseThrow().actions()).extracting(a -> a.owner().orElseThrow()
                .value() + " " + a.due().orElseThrow()).containsExactly("zhou 2024-08-15", "zhang 2024-08-20");
        assertThat(closed.budget().plan().lines()).filteredOn(l -> closed.budget().needsExplanation(l.id()))
                .extracting(BudgetLine::item).allMatch(item -> closed.budget().explanation(
                        closed.budget().plan().lines().stream().filter(l -> l.item().equals(item)).findFirst()
                                .orElseThrow().id()).isPresent());

        // Next year: the template, dated 2025-07-15.
        Campaign next = result[0].nextYear();
        assertThat(next.stage()).isEqualTo(Stage.PLANNING);
        assertThat(next.profile().window().start()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(next.profile().window().end()).isEqualTo(LocalDate.of(2025, 8, 10));
        assertThat(next.board().tasks()).allMatch(t -> t.status() == TaskStatus.NOT_STARTED);
        assertThat(next.board().tasks().get(1).start()).isEqualTo(LocalDate.of(2025, 7, 22));
        assertThat(next.budget().status()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(next.goals().signOffs()).isEmpty();
        assertThat(next.goals().results()).isEmpty();
        assertThat(next.kpi().observations()).isEmpty();
        assertThat(next.risks().entries()).allMatch(r -> r.changes().isEmpty());
        assertThat(out).contains("经验沉淀：营销活动策划checklist、数据监控指标库、校园活动执行手册、高校KOL资源库");

        // The document reads back as the campaign.
        String json = Files.readString(reports.resolve("seed-004-back-to-school-campaign.json"), StandardCharsets.UTF_8);
        assertThat(CampaignJson.standard().read(json)).isEqualTo(closed);
        String html = Files.readString(reports.resolve("seed-004-back-to-school-campaign.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<svg", "开学季");
    }

    @Test
    void speaksEnglishOnRequestAndWritesTheSameDocumentEveryTime() throws Exception {
        BackToSchoolCampaign.Result[] first = new BackToSchoolCampaign.Result[1];
        String out = run(Lang.EN, first);
        assertThat(out).contains("Critical path: ", "Evaluation report, issued 2024-08-13 by 赵*",
                "Retrospective, held 2024-08-13", "Next year: the template made from the closed campaign");
        byte[] once = Files.readAllBytes(reports.resolve("seed-004-back-to-school-campaign.json"));
        run(Lang.ZH, new BackToSchoolCampaign.Result[1]);
        assertThat(Files.readAllBytes(reports.resolve("seed-004-back-to-school-campaign.json"))).isEqualTo(once);
    }
}
