package io.github.campaignkit.core.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.budget.CostSharing;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.budget.PartnerShare;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Seed 003's partner selection (合作方筛选与角色分工) with its four dimensions. The seed names the
 * dimensions but gives no weights, scores or ratios; the numbers here are plausible choices:
 * weights 30/30/25/15 on a 0–10 scale, costs shared 60/40, exposure 50/50.
 */
class PartnerRankingTest {

    static final PartnerId TECH = PartnerId.of("科技公司A");
    static final PartnerId HEALTH = PartnerId.of("健康品牌B");
    static final PartnerId SPORT = PartnerId.of("运动品牌C");
    static final PartnerId COFFEE = PartnerId.of("咖啡连锁D");
    static final PartnerId HOME = PartnerId.of("家电品牌E");

    static Scorecard scorecard() {
        return Scorecard.of(BigDecimal.ZERO, BigDecimal.TEN,
                Criterion.of(CriterionKind.INDUSTRY_RELEVANCE, "行业关联性", "30"),
                Criterion.of(CriterionKind.AUDIENCE_OVERLAP, "用户群体重叠度", "30"),
                Criterion.of(CriterionKind.RESOURCE_STRENGTHS, "资源优势", "25"),
                Criterion.of(CriterionKind.BRAND_TONE_FIT, "品牌调性一致性", "15"));
    }

    static Candidate candidate(PartnerId id, String industry, String... scores) {
        String[] names = {"行业关联性", "用户群体重叠度", "资源优势", "品牌调性一致性"};
        CandidateBuilder builder = Candidate.builder().id(id).name(id.value()).industry(industry);
        for (int i = 0; i < scores.length; i++) {
            builder.addScores(Score.of(names[i], scores[i]));
        }
        return builder.build();
    }

    static List<Candidate> candidates() {
        return List.of(candidate(SPORT, "运动", "7", "9", "8", "7"),
                candidate(HEALTH, "健康", "9", "8", "7", "8"),
                candidate(COFFEE, "餐饮", "6", "8", "9", "9"),
                candidate(HOME, "家电", "9", "7", "8", "7"));
    }

    static Partner partner(PartnerId id, PartnerRole role, String cost, String exposure, String... duties) {
        PartnerBuilder builder = Partner.builder().id(id).name(id.value()).role(role)
                .addContacts(Contact.of(role == PartnerRole.LEAD ? "张总" : "王总", "总经理", ""))
                .decisionProcess("对接人确认→总经理审批，每周例会同步")
                .costShare(new BigDecimal(cost)).exposureShare(new BigDecimal(exposure));
        for (String duty : duties) {
            builder.addDuties(Duty.of(duty));
        }
        return builder.build();
    }

    static PartnerPlan plan() {
        return PartnerPlan.builder().scorecard(scorecard()).candidates(candidates())
                .addPartners(partner(TECH, PartnerRole.LEAD, "60", "50", "整体统筹", "方案策划", "资源协调"),
                        partner(HEALTH, PartnerRole.SUPPORTING, "40", "50", "提供行业资源", "执行支持", "用户触达"))
                .build();
    }

    @Test
    void theWeightedScoreIsTheSumOfWeightTimesScoreAndEveryScoreIsExplained() {
        Ranking ranking = Ranking.of(scorecard(), candidates()).get();

        assertThat(ranking.order()).containsExactly(HEALTH, HOME, SPORT, COFFEE);
        RankedCandidate best = ranking.first().orElseThrow();
        assertThat(best.total()).isEqualByComparingTo("8.05");
        assertThat(best.lines()).extracting(ScoreLine::criterion, l -> l.weight().toPlainString(),
                        l -> l.score().toPlainString(), l -> l.contribution().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("行业关联性", "30", "9", "2.7"),
                        org.assertj.core.groups.Tuple.tuple("用户群体重叠度", "30", "8", "2.4"),
                        org.assertj.core.groups.Tuple.tuple("资源优势", "25", "7", "1.75"),
                        org.assertj.core.groups.Tuple.tuple("品牌调性一致性", "15", "8", "1.2"));
        assertThat(ranking.entries()).extracting(e -> e.total().toPlainString())
                .containsExactly("8.05", "7.85", "7.85", "7.8");
        assertThat(ranking.entries()).extracting(RankedCandidate::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void anEqualTotalIsDecidedByTheHeaviestCriterionThenByPartnerId() {
        Ranking ranking = Ranking.of(scorecard(), candidates()).get();
        // 家电品牌E and 运动品牌C both score 7.85; E scores 9 on 行业关联性 (30%, listed first), C 7.
        assertThat(ranking.entry(HOME).orElseThrow().placedBy()).isEqualTo(TieBreak.TOTAL);
        assertThat(ranking.entry(SPORT).orElseThrow().placedBy()).isEqualTo(TieBreak.CRITERIA);

        Candidate twin = candidate(PartnerId.of("运动品牌A"), "运动", "7", "9", "8", "7");
        Ranking withTwin = Ranking.of(scorecard(), List.of(candidate(SPORT, "运动", "7", "9", "8", "7"), twin)).get();
        assertThat(withTwin.order()).containsExactly(PartnerId.of("运动品牌A"), SPORT);
        assertThat(withTwin.entries().get(1).placedBy()).isEqualTo(TieBreak.PARTNER_ID);
    }

    @Test
    void weightsThatDoNotAddUpTo100AreReportedWithThePath() {
        Scorecard off = Scorecard.of(BigDecimal.ZERO, BigDecimal.TEN,
                Criterion.of(CriterionKind.INDUSTRY_RELEVANCE, "行业关联性", "30"),
                Criterion.of(CriterionKind.AUDIENCE_OVERLAP, "用户群体重叠度", "30"),
                Criterion.of(CriterionKind.RESOURCE_STRENGTHS, "资源优势", "25"),
                Criterion.of(CriterionKind.BRAND_TONE_FIT, "品牌调性一致性", "14.99"));

        Seq<Violation> found = Ranking.of(off, candidates()).getError();

        assertThat(found).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("partner.weights.sum", "scorecard.criteria"));
        assertThat(found.head().message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("评估维度权重合计为 99.99%，应为 100%。");
        assertThat(found.head().message(Locale.ENGLISH)).isEqualTo("The criteria's weights add up to 99.99%, not 100%.");
    }

    @Test
    void scoresOffTheScaleMissingUnknownOrTwiceAreAllReported() {
        Candidate bad = Candidate.builder().id(SPORT).name("运动品牌C").industry("运动")
                .addScores(Score.of("行业关联性", "11"), Score.of("用户群体重叠度", "-1"), Score.of("资源优势", "8"),
                        Score.of("资源优势", "7"), Score.of("口碑", "5"))
                .build();

        Seq<Violation> found = Ranking.of(scorecard(), List.of(candidates().get(1), bad, candidates().get(1)))
                .getError();

        assertThat(found).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("partner.score.out-of-scale", "candidates[1].scores[0].value"),
                org.assertj.core.groups.Tuple.tuple("partner.score.out-of-scale", "candidates[1].scores[1].value"),
                org.assertj.core.groups.Tuple.tuple("partner.score.duplicate", "candidates[1].scores[3].criterion"),
                org.assertj.core.groups.Tuple.tuple("partner.score.unknown-criterion", "candidates[1].scores[4].criterion"),
                org.assertj.core.groups.Tuple.tuple("partner.score.missing", "candidates[1].scores"),
                org.assertj.core.groups.Tuple.tuple("partner.candidate.duplicate", "candidates[2].id"));
        assertThat(found.head().message(Locale.ENGLISH))
                .isEqualTo("The candidate 运动品牌C scores 11 on 行业关联性, outside the scale 0 to 10.");
    }

    @Test
    void preciseWeightsAndScoresGiveExactTotals() {
        Scorecard thirds = Scorecard.of(BigDecimal.ZERO, BigDecimal.TEN,
                Criterion.of(CriterionKind.INDUSTRY_RELEVANCE, "行业关联性", "33.333333"),
                Criterion.of(CriterionKind.AUDIENCE_OVERLAP, "用户群体重叠度", "33.333333"),
                Criterion.of(CriterionKind.CUSTOM, "口碑", "33.333334"));
        Candidate precise = Candidate.builder().id(HEALTH).name("健康品牌B").industry("健康")
                .addScores(Score.of("行业关联性", "7.123456"), Score.of("用户群体重叠度", "9"), Score.of("口碑", "0.000001"))
                .build();

        RankedCandidate entry = Ranking.of(thirds, List.of(precise)).get().entries().get(0);

        assertThat(entry.lines().get(0).contribution().toPlainString()).isEqualTo("2.37448530958848");
        assertThat(entry.total()).isEqualByComparingTo(new BigDecimal("2.37448530958848").add(new BigDecimal("2.99999997"))
                .add(new BigDecimal("0.00000033333334")));
    }

    @Test
    void candidatesWithoutCriteriaCannotBeRanked() {
        assertThat(Ranking.of(Scorecard.empty(), candidates()).getError()).extracting(Violation::code)
                .containsExactly("partner.criteria.empty");
        assertThat(Ranking.of(Scorecard.empty(), List.of()).get().entries()).isEmpty();
    }

    @Test
    void aPlanOfSixtyFortyBecomesTheBudgetsCostSharingAgreement() {
        PartnerPlan plan = plan();

        CostSharing sharing = plan.costSharing().get();

        assertThat(sharing).isEqualTo(CostSharing.of(PartnerShare.of(TECH, "60"), PartnerShare.of(HEALTH, "40")));
        assertThat(PartnerRules.standard(Optional.of(sharing)).check(plan)).isEmpty();
        assertThat(plan.leadPartner().map(Partner::id)).contains(TECH);
    }

    @Test
    void aBudgetAgreementThatDiffersFromThePlanIsReported() {
        CostSharing budget = CostSharing.of(PartnerShare.of(TECH, "70"), PartnerShare.of(COFFEE, "30"));

        Seq<Violation> found = PartnerRules.sharingMatches(Optional.of(budget)).check(plan());

        assertThat(found).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("partner.cost-sharing.mismatch", "partners[0].costShare"),
                org.assertj.core.groups.Tuple.tuple("partner.cost-sharing.mismatch", "partners[1].costShare"),
                org.assertj.core.groups.Tuple.tuple("partner.cost-sharing.unknown-partner", "partners"));
        assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("合作方科技公司A分摊 60% 的费用，但预算分摊协议中为 70%。");
        assertThat(PartnerRules.sharingMatches(Optional.empty()).check(plan())).extracting(Violation::code)
                .containsExactly("partner.cost-sharing.missing");
    }

    @Test
    void sharesThatDoNotAddUpAndAnIncompleteAgreementAreReported() {
        PartnerPlan plan = PartnerPlan.builder().scorecard(scorecard()).candidates(candidates())
                .addPartners(partner(HEALTH, PartnerRole.SUPPORTING, "60", "50"),
                        partner(SPORT, PartnerRole.SUPPORTING, "39.5", "40", "执行支持").toBuilder()
                                .contacts(List.of()).decisionProcess(" ").build(),
                        partner(HEALTH, PartnerRole.LEAD, "0", "0", "整体统筹"))
                .build();

        Seq<Violation> found = PartnerRules.agreement().check(plan);

        assertThat(found).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("partner.duties.empty", "partners[0].duties"),
                org.assertj.core.groups.Tuple.tuple("partner.contacts.empty", "partners[1].contacts"),
                org.assertj.core.groups.Tuple.tuple("partner.decision-process.blank", "partners[1].decisionProcess"),
                org.assertj.core.groups.Tuple.tuple("partner.partner.duplicate", "partners[2].id"),
                org.assertj.core.groups.Tuple.tuple("partner.cost-share.sum", "partners"),
                org.assertj.core.groups.Tuple.tuple("partner.exposure.sum", "partners"));
        assertThat(plan.costSharing().getError()).extracting(Violation::code)
                .containsExactly("partner.partner.duplicate", "partner.cost-share.sum");
    }

    @Test
    void noLeadOrTwoLeadsAndAnUnscoredPartnerAreReported() {
        PartnerPlan twoLeads = plan().toBuilder().partners(List.of(
                partner(TECH, PartnerRole.LEAD, "50", "50", "整体统筹"),
                partner(HEALTH, PartnerRole.LEAD, "30", "30", "执行支持"),
                partner(PartnerId.of("未评估公司"), PartnerRole.SUPPORTING, "20", "20", "执行支持"))).build();
        assertThat(PartnerRules.agreement().check(twoLeads)).extracting(Violation::code, Violation::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("partner.lead.multiple", "partners[1].role"),
                        org.assertj.core.groups.Tuple.tuple("partner.partner.not-scored", "partners[2].id"));
        PartnerPlan noLead = plan().toBuilder().partners(List.of(
                partner(HEALTH, PartnerRole.SUPPORTING, "100", "100", "执行支持"))).build();
        assertThat(PartnerRules.agreement().check(noLead)).extracting(Violation::code)
                .containsExactly("partner.lead.missing");
    }

    @Test
    void theTemplateKeepsEverythingButTheDutiesDates() {
        PartnerPlan dated = plan().toBuilder().partners(List.of(
                partner(TECH, PartnerRole.LEAD, "100", "100").toBuilder()
                        .duties(List.of(Duty.of("方案策划", "活动方案终稿", LocalDate.of(2024, 7, 15)))).build()))
                .build();

        PartnerPlan template = dated.template();

        assertThat(template.partners().get(0).duties()).containsExactly(new Duty("方案策划", "活动方案终稿",
                Optional.empty()));
        assertThat(template.scorecard()).isEqualTo(dated.scorecard());
        assertThat(template.candidates()).isEqualTo(dated.candidates());
        assertThat(template.partners().get(0).costShare()).isEqualByComparingTo("100");
    }

    @Test
    void valuesRefuseOutOfRangeNumbersNamingTheField() {
        assertThatThrownBy(() -> Criterion.of(CriterionKind.CUSTOM, "口碑", "100.01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("weight: ");
        assertThatThrownBy(() -> Criterion.of(CriterionKind.CUSTOM, "口碑", "-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("weight: ");
        assertThatThrownBy(() -> Scorecard.of(BigDecimal.TEN, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxScore: ");
        assertThatThrownBy(() -> partner(TECH, PartnerRole.LEAD, "101", "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("costShare: ");
        assertThatThrownBy(() -> partner(TECH, PartnerRole.LEAD, "1", "0.0000001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("exposureShare: ");
        assertThatThrownBy(() -> new ScoreLine("口碑", CriterionKind.CUSTOM, BigDecimal.TEN, BigDecimal.ONE,
                BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("contribution: ");
        assertThatThrownBy(() -> new Ranking(List.of(Ranking.of(scorecard(), candidates()).get().entries().get(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("entries: ");
        // A weight keeps the scale it was given, so that a document writes back what it said.
        assertThat(Criterion.of(CriterionKind.CUSTOM, "口碑", "15.00").weight()).hasToString("15.00")
                .isEqualByComparingTo(Criterion.of(CriterionKind.CUSTOM, "口碑", "15").weight());
    }
}
