package io.github.campaignkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.ReturnOnInvestment;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.review.ActionId;
import io.github.campaignkit.core.review.ActionItem;
import io.github.campaignkit.core.review.EvaluationReport;
import io.github.campaignkit.core.review.ExpectedEffect;
import io.github.campaignkit.core.review.Knowledge;
import io.github.campaignkit.core.review.KnowledgeKind;
import io.github.campaignkit.core.review.Problem;
import io.github.campaignkit.core.review.ProblemId;
import io.github.campaignkit.core.review.Retrospective;
import io.github.campaignkit.core.review.Review;
import io.github.campaignkit.core.review.Success;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The review renderer on seed 004's evaluation and retrospective, in Chinese and English. */
class ReviewRendererTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    static Review review() {
        EvaluationReport report = EvaluationReport.of(Seed004Kpi.withResults(Seed004Kpi.goals()).evaluate(),
                Optional.of(new ReturnOnInvestment(Money.of(new BigDecimal("77000.00"), CNY),
                        Money.of(new BigDecimal("500000.00"), CNY))), LocalDate.of(2024, 8, 13), Seed004Kpi.ZHAO);
        Retrospective retrospective = Retrospective.builder().heldOn(LocalDate.of(2024, 8, 13))
                .overview("开学季·青春焕新计划，线下快闪店+抖音直播")
                .addParticipants(Seed004Kpi.ZHANG, Seed004Kpi.LI)
                .addSuccesses(Success.of("快闪店“扫码领小礼品+体验产品”", "留资效率较发传单提升3倍"))
                .addProblems(Problem.of("P1", "社群转发任务分配不清晰", "管理员积极性低，缺少激励"))
                .addActions(ActionItem.builder().id(ActionId.of("A1")).task("更新《校园活动执行手册》")
                        .owner(MemberId.of("zhou")).due(LocalDate.of(2024, 8, 15))
                        .effect(ExpectedEffect.of("社群转发量3000+", Seed004Kpi.SHARES,
                                Target.atLeast(BigDecimal.valueOf(3000))))
                        .addAddresses(ProblemId.of("P1")).build(),
                        ActionItem.builder().id(ActionId.of("A2")).task("搭建高校KOL资源库")
                                .effect(ExpectedEffect.described("KOL可随时邀约")).build())
                .addKnowledge(Knowledge.builder().kind(KnowledgeKind.CHECKLIST).title("营销活动策划checklist")
                        .addItems("目标已签字确认", "物料8月1日前到位").keeper(Seed004Kpi.ZHANG).build())
                .build();
        return Review.empty().withEvaluation(report).withRetrospective(retrospective);
    }

    @Test
    void rendersTheReportAndTheRetrospectiveInChinese() {
        String text = ReviewRenderer.standard().render(review(), Seed004Kpi.metrics(), Locale.SIMPLIFIED_CHINESE);
        assertThat(text).startsWith("活动效果评估报告（2024-08-13，zhao 提交）\n");
        assertThat(text).contains("ROI = (500,000元 − 77,000元) / 77,000元 × 100% = 549.35%\n");
        assertThat(text).contains("127.5%");
        assertThat(text).contains("复盘报告（复盘会 2024-08-13）\n活动概述：\n  开学季·青春焕新计划，线下快闪店+抖音直播\n");
        assertThat(text).contains("参与人：zhang、li\n");
        assertThat(text).contains("  1. 快闪店“扫码领小礼品+体验产品”（留资效率较发传单提升3倍）\n");
        assertThat(text).containsPattern("P1 +- +社群转发任务分配不清晰 +管理员积极性低，缺少激励\n");
        assertThat(text).containsPattern("A1 +更新《校园活动执行手册》 +zhou +2024-08-15 +社群转发量3000\\+ +转发量 ≥3,000 +P1\n");
        assertThat(text).containsPattern("A2 +搭建高校KOL资源库 +- +- +KOL可随时邀约 +- +-\n");
        assertThat(text).endsWith("经验沉淀：\n  [清单] 营销活动策划checklist（zhang 维护）\n    - 目标已签字确认\n"
                + "    - 物料8月1日前到位\n");
    }

    @Test
    void rendersInEnglishAndSaysWhatIsMissing() {
        String text = ReviewRenderer.standard().render(review(), List.of(), Locale.ENGLISH);
        assertThat(text).startsWith("Evaluation report, issued 2024-08-13 by zhao\n");
        assertThat(text).contains("ROI = (500,000 CNY − 77,000 CNY) / 77,000 CNY × 100% = 549.35%\n");
        assertThat(text).contains("Retrospective, held 2024-08-13\n");
        assertThat(text).contains("What worked:\n  1. 快闪店“扫码领小礼品+体验产品” (留资效率较发传单提升3倍)\n");
        assertThat(text).containsPattern("shares ≥3000 +P1\n");
        assertThat(text).contains("  [checklist] 营销活动策划checklist (kept by zhang)\n");

        String empty = ReviewRenderer.standard().render(Review.empty(), List.of(), Locale.ENGLISH);
        assertThat(empty).isEqualTo("No evaluation report is recorded yet.\n\nNo retrospective is recorded yet.\n");
        assertThat(ReviewRenderer.standard().render(Review.empty(), List.of(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("尚未提交活动效果评估报告。\n\n尚未提交复盘报告。\n");
    }
}
