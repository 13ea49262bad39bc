package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.campaignkit.core.budget.CostSharing;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.PartnerShare;
import io.github.campaignkit.core.budget.Settlement;
import io.github.campaignkit.core.budget.SettlementLine;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.Gates;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.outreach.CreativeItem;
import io.github.campaignkit.core.outreach.OutreachRules;
import io.github.campaignkit.core.partner.Duty;
import io.github.campaignkit.core.partner.Partner;
import io.github.campaignkit.core.partner.PartnerRole;
import io.github.campaignkit.core.partner.RankedCandidate;
import io.github.campaignkit.core.partner.Ranking;
import io.github.campaignkit.core.partner.TieBreak;
import io.github.campaignkit.json.CampaignJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed 003's co-branded campaign: partner ranking, roles and duties, cost sharing, channels, creative plan. */
class CoBrandTest {

    @TempDir
    Path reports;

    private String run(Lang lang, Campaign[] result) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result[0] = new CoBrand(lang, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(reports);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCandidatesAreRankedOnTheFourDimensionsWithTheTieExplained() {
        Ranking ranking = CoBrand.partners(CoBrand.scorecard("15")).ranking().get();

        assertThat(ranking.entries()).extracting(RankedCandidate::rank, e -> e.id().value(),
                        e -> e.total().toPlainString(), RankedCandidate::placedBy)
                .containsExactly(tuple(1, "健康品牌B", "8.05", TieBreak.TOTAL), tuple(2, "家电品牌E", "7.85", TieBreak.TOTAL),
                        tuple(3, "运动品牌C", "7.85", TieBreak.CRITERIA), tuple(4, "咖啡连锁D", "7.8", TieBreak.TOTAL));
        assertThat(ranking.first().orElseThrow().lines()).extracting(l -> l.contribution().toPlainString())
                .containsExactly("2.7", "2.4", "1.75", "1.2");
    }

    @Test
    void theLeadAndTheSupportingPartnerHaveTheSeedsDutiesAndShareCostsSixtyForty() {
        var plan = CoBrand.partners(CoBrand.scorecard("15"));

        assertThat(plan.partners()).extracting(Partner::id, Partner::role)
                .containsExactly(tuple(CoBrand.TECH, PartnerRole.LEAD), tuple(CoBrand.HEALTH, PartnerRole.SUPPORTING));
        assertThat(plan.partners().get(0).duties()).extracting(Duty::task).containsExactly("整体统筹", "方案策划", "资源协调");
        assertThat(plan.partners().get(1).duties()).extracting(Duty::task)
                .containsExactly("提供行业资源", "执行支持", "用户触达");
        assertThat(plan.costSharing().get())
                .isEqualTo(CostSharing.of(PartnerShare.of(CoBrand.TECH, "60"), PartnerShare.of(CoBrand.HEALTH, "40")));
        assertThat(plan.totalExposureShare()).isEqualByComparingTo("100");
        assertThat(plan.ranking().get().first().orElseThrow().id()).isEqualTo(CoBrand.HEALTH);
    }

    @Test
    void theChannelMatrixServesEveryGoalAndTheCreativePlanIsDueBeforeTheCampaignOpens() {
        var outreach = CoBrand.outreach();

        assertThat(OutreachRules.matrix(CoBrand.goals(), CoBrand.profile().window(), CoBrand.profile().phases())
                .check(outreach)).isEmpty();
        assertThat(OutreachRules.creative(java.util.Optional.empty(), LocalDate.of(2024, 9, 1)).check(outreach))
                .isEmpty();
        assertThat(outreach.matrix()).hasSize(7);
        assertThat(outreach.serving(io.github.campaignkit.core.goal.MetricId.of("sales"))).hasSize(4);
        assertThat(outreach.creative()).extracting(CreativeItem::due).allSatisfy(d -> assertThat(d.orElseThrow())
                .isBefore(LocalDate.of(2024, 9, 1)));
    }

    @Test
    void theRunIsRefusedOnceThenMovesOnAndSettlesTheCostsSixtyForty() throws Exception {
        Campaign[] result = new Campaign[1];
        String out = run(Lang.ZH, result);
        Campaign campaign = result[0];

        assertThat(out).contains(
                "    评估维度权重合计为 95%，应为 100%。（位置：partners.scorecard.criteria）",
                "    合作方分摊费用，但预算中尚无分摊协议。（位置：partners.partners）",
                "   1  健康品牌B      8.05            9 → 2.7",
                "运动品牌C 与 家电品牌E 加权得分相同，排在其后：总分相同，按高权重维度评分排序。",
                "  1. 整体统筹，交付：活动执行甘特图，完成时间：2024-08-20",
                "渠道触达矩阵表",
                "合作方门店  线下渠道  主题快闪店联动体验",
                "营销活动方案创意表",
                "✓ zhang 推进活动：策划 → 准备");
        assertThat(out).doesNotContain("尚无渠道支撑");
        assertThat(campaign.stage()).isEqualTo(Stage.PREPARATION);
        assertThat(Gates.partnersAgreed().check(campaign)).isEmpty();

        Settlement settlement = campaign.budget().settlement().orElseThrow();
        assertThat(settlement.total()).isEqualTo(Money.of("417000.00", "CNY"));
        assertThat(settlement.lines()).extracting(l -> l.partner().value(), l -> l.share().amount().toPlainString(),
                        l -> l.paid().amount().toPlainString(), l -> l.balance().amount().toPlainString())
                .containsExactly(tuple("科技公司A", "250200.00", "277000.00", "-26800.00"),
                        tuple("健康品牌B", "166800.00", "140000.00", "26800.00"));
        assertThat(settlement.lines()).extracting(SettlementLine::percent).extracting(java.math.BigDecimal::intValue)
                .containsExactly(60, 40);
        assertThat(out).contains("科技公司A", "250,200.00", "+26,800.00");

        Path document = reports.resolve("seed-003-cobrand.json");
        assertThat(CampaignJson.standard().read(Files.readString(document, StandardCharsets.UTF_8)))
                .isEqualTo(campaign);
    }

    @Test
    void theRunInEnglish() throws Exception {
        String out = run(Lang.EN, new Campaign[1]);
        assertThat(out).contains("The criteria's weights add up to 95%, not 100%. (at partners.scorecard.criteria)",
                "Partner ranking (weighted score)", "Channel matrix", "Creative plan", "Cost settlement");
    }
}
