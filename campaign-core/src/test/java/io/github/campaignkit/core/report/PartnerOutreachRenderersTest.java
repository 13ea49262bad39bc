package io.github.campaignkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.goal.Dimension;
import io.github.campaignkit.core.goal.DimensionKind;
import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Priority;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.outreach.ChannelKind;
import io.github.campaignkit.core.outreach.ChannelRow;
import io.github.campaignkit.core.outreach.CreativeItem;
import io.github.campaignkit.core.outreach.CreativeModule;
import io.github.campaignkit.core.outreach.OutreachPlan;
import io.github.campaignkit.core.partner.Candidate;
import io.github.campaignkit.core.partner.Contact;
import io.github.campaignkit.core.partner.Criterion;
import io.github.campaignkit.core.partner.CriterionKind;
import io.github.campaignkit.core.partner.Duty;
import io.github.campaignkit.core.partner.Partner;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.partner.PartnerRole;
import io.github.campaignkit.core.partner.Ranking;
import io.github.campaignkit.core.partner.Score;
import io.github.campaignkit.core.partner.Scorecard;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartnerOutreachRenderersTest {

    private static Candidate candidate(String id, String a, String b) {
        return Candidate.builder().id(PartnerId.of(id)).name(id).industry("健康")
                .addScores(Score.of("行业关联性", a), Score.of("用户群体重叠度", b)).build();
    }

    private static Ranking ranking() {
        Scorecard card = Scorecard.of(BigDecimal.ZERO, BigDecimal.TEN,
                Criterion.of(CriterionKind.INDUSTRY_RELEVANCE, "行业关联性", "60"),
                Criterion.of(CriterionKind.AUDIENCE_OVERLAP, "用户群体重叠度", "40"));
        return Ranking.of(card, List.of(candidate("健康品牌B", "9", "8"), candidate("运动品牌C", "8", "9.5"),
                candidate("咖啡连锁D", "8", "9.5"))).get();
    }

    @Test
    void theRankingExplainsEveryScoreInChinese() {
        String text = PartnerRankingRenderer.standard().render(ranking(), Locale.SIMPLIFIED_CHINESE);

        assertThat(text).isEqualTo(String.join("\n",
                "合作方评估排名（加权得分）",
                "排名  合作方     加权得分  行业关联性（60%）  用户群体重叠度（40%）",
                "----  ---------  --------  -----------------  ---------------------",
                "   1  健康品牌B       8.6            9 → 5.4                8 → 3.2",
                "   2  咖啡连锁D       8.6            8 → 4.8              9.5 → 3.8",
                "   3  运动品牌C       8.6            8 → 4.8              9.5 → 3.8",
                "每格：原始分 → 加权得分（权重 × 原始分 ÷ 100）；加权得分为各项之和。",
                "咖啡连锁D 与 健康品牌B 加权得分相同，排在其后：总分相同，按高权重维度评分排序。",
                "运动品牌C 与 咖啡连锁D 加权得分相同，排在其后：总分与各维度评分均相同，按合作方编号排序。",
                ""));
    }

    @Test
    void theRankingInEnglishAndTheDutiesList() {
        assertThat(PartnerRankingRenderer.standard().render(ranking(), Locale.ENGLISH))
                .contains("Rank  Partner    Weighted score  行业关联性 (60%)", "9 → 5.4",
                        "运动品牌C ranks below 咖啡连锁D on an equal weighted score: tie broken by partner id.");
        PartnerPlan plan = PartnerPlan.builder().scorecard(Scorecard.empty())
                .addPartners(Partner.builder().id(PartnerId.of("科技公司A")).name("科技公司A").role(PartnerRole.LEAD)
                        .addDuties(Duty.of("整体统筹"), Duty.of("方案策划", "活动方案", LocalDate.of(2024, 8, 1)))
                        .addContacts(Contact.of("张总", "总经理", "")).decisionProcess("总经理审批")
                        .costShare(BigDecimal.valueOf(100)).exposureShare(BigDecimal.valueOf(100)).build())
                .build();
        assertThat(PartnerRankingRenderer.standard().renderPartners(plan, Locale.SIMPLIFIED_CHINESE)).contains(
                "合作方职责清单", "科技公司A  主导方", "100%", "张总 总经理", "科技公司A（主导方）：", "  1. 整体统筹",
                "  2. 方案策划，交付：活动方案，完成时间：2024-08-01");
        assertThat(PartnerRankingRenderer.standard().renderPartners(PartnerPlan.empty(), Locale.ENGLISH))
                .isEqualTo("Partner duties\nNo partner is chosen.\n");
    }

    @Test
    void theChannelMatrixNamesMetricsAndListsUnservedGoals() {
        GoalSheet goals = GoalSheet.builder()
                .addMetrics(Metric.of("reach", "触达用户数", MetricUnit.count()), Metric.of("sales", "合作产品销量",
                        MetricUnit.count()))
                .addGoals(Goal.builder().id(GoalId.of("G1")).dimension(Dimension.of(DimensionKind.BRAND_EXPOSURE))
                                .description("触达100万目标用户").metric(MetricId.of("reach")).dataSource("").priority(Priority.HIGH)
                                .notes("").build(),
                        Goal.builder().id(GoalId.of("G2")).dimension(Dimension.of(DimensionKind.SALES_CONVERSION))
                                .description("合作产品销量增长20%").metric(MetricId.of("sales")).dataSource("")
                                .priority(Priority.HIGH).notes("").build())
                .build();
        OutreachPlan plan = OutreachPlan.builder()
                .addMatrix(ChannelRow.builder().channel(Channel.of("抖音")).kind(ChannelKind.ONLINE).contentForm("联合直播")
                        .phase(PhaseKind.BURST).timing(DateRange.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7)))
                        .owner(MemberId.of("li")).addMetrics(MetricId.of("reach")).build())
                .addCreative(CreativeItem.builder().module(CreativeModule.THEME).designPoint("突出双方品牌价值")
                        .content("跨界新体验·共创新价值").owner(MemberId.of("zhang")).build())
                .build();

        assertThat(ChannelMatrixRenderer.standard().render(plan, goals, Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                String.join("\n",
                        "渠道触达矩阵表",
                        "渠道  渠道类型  内容形式  阶段    投放时间               负责人  效果指标",
                        "----  --------  --------  ------  ---------------------  ------  ----------",
                        "抖音  线上渠道  联合直播  爆发期  2024-10-01…2024-10-07  li      触达用户数",
                        "目标 G2（合作产品销量增长20%）尚无渠道支撑。",
                        ""));
        assertThat(ChannelMatrixRenderer.standard().renderCreative(plan, Locale.ENGLISH)).contains("Creative plan",
                "Theme   突出双方品牌价值", "跨界新体验·共创新价值  -            zhang  -");
    }
}
