package io.github.campaignkit.core.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.CostSharing;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.testkit.BudgetArbitraries;
import io.github.campaignkit.core.testkit.PartnerArbitraries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the partner ranking and of the plan's cost shares. */
class PartnerProperties {

    @Provide
    Arbitrary<ScoredField> fields() {
        return PartnerArbitraries.scorecards().flatMap(card -> PartnerArbitraries.candidateLists(card, List.of())
                .map(list -> new ScoredField(card, list)));
    }

    @Property(tries = 150)
    void theRankingDoesNotDependOnTheOrderCandidatesAreGivenIn(@ForAll("fields") ScoredField field,
                                                               @ForAll long seed) {
        List<Candidate> shuffled = new ArrayList<>(field.candidates);
        Collections.shuffle(shuffled, new Random(seed));
        List<Candidate> reversed = new ArrayList<>(field.candidates);
        Collections.reverse(reversed);

        Ranking ranking = Ranking.of(field.scorecard, field.candidates).get();

        assertThat(Ranking.of(field.scorecard, shuffled).get()).isEqualTo(ranking);
        assertThat(Ranking.of(field.scorecard, reversed).get()).isEqualTo(ranking);
    }

    @Property(tries = 150)
    void everyTotalIsTheWeightedSumAndTheOrderNeverRises(@ForAll("fields") ScoredField field) {
        Ranking ranking = Ranking.of(field.scorecard, field.candidates).get();

        assertThat(ranking.entries()).hasSize(field.candidates.size());
        for (RankedCandidate entry : ranking.entries()) {
            Candidate candidate = field.candidates.stream().filter(c -> c.id().equals(entry.id())).findFirst()
                    .orElseThrow();
            BigDecimal expected = BigDecimal.ZERO;
            for (Criterion c : field.scorecard.criteria()) {
                expected = expected.add(c.weight().multiply(candidate.score(c.name()).orElseThrow().value())
                        .divide(BigDecimal.valueOf(100)));
            }
            assertThat(entry.total()).isEqualByComparingTo(expected);
            assertThat(entry.total()).isBetween(field.scorecard.minScore(), field.scorecard.maxScore());
        }
        for (int i = 1; i < ranking.entries().size(); i++) {
            RankedCandidate above = ranking.entries().get(i - 1);
            RankedCandidate below = ranking.entries().get(i);
            assertThat(above.total()).isGreaterThanOrEqualTo(below.total());
            assertThat(below.placedBy() == TieBreak.TOTAL).isEqualTo(above.total().compareTo(below.total()) > 0);
        }
    }

    @Property(tries = 100)
    void aPlanMadeForAnAgreementPassesEveryRuleAndConvertsBackToIt(
            @ForAll("agreements") CostSharing agreement) {
        PartnerPlan plan = PartnerArbitraries.plansFor(Optional.of(agreement)).sample();

        assertThat(PartnerRules.standard(Optional.of(agreement)).check(plan)).isEmpty();
        assertThat(plan.costSharing().get()).isEqualTo(agreement);
        assertThat(plan.template().partners()).allSatisfy(p -> assertThat(p.duties())
                .allSatisfy(d -> assertThat(d.due()).isEmpty()));
        assertThat(PartnerRules.standard(Optional.of(agreement)).check(plan.template())).isEmpty();
    }

    @Property(tries = 100)
    void changingOneShareBreaksTheMatch(@ForAll("agreements") CostSharing agreement) {
        PartnerPlan plan = PartnerArbitraries.plansFor(Optional.of(agreement)).sample();
        Partner first = plan.partners().get(0);
        BigDecimal changed = first.costShare().compareTo(BigDecimal.ONE) > 0 ? first.costShare().subtract(BigDecimal.ONE)
                : first.costShare().add(BigDecimal.ONE);
        List<Partner> partners = new ArrayList<>(plan.partners());
        partners.set(0, first.toBuilder().costShare(changed).build());
        PartnerPlan off = plan.toBuilder().partners(partners).build();

        assertThat(PartnerRules.sharingMatches(Optional.of(agreement)).check(off))
                .anySatisfy(v -> assertThat(v.path()).isEqualTo("partners[0].costShare"));
        assertThat(off.costSharing().isInvalid()).isTrue();
    }

    @Provide
    Arbitrary<CostSharing> agreements() {
        return BudgetArbitraries.costSharings();
    }

    @Property(tries = 50)
    void theIdOrderBreaksTiesBetweenIdenticalScores(@ForAll("fields") ScoredField field) {
        if (field.candidates.isEmpty()) {
            return;
        }
        Candidate original = field.candidates.get(0);
        Candidate twin = Candidate.builder().from(original).id(PartnerId.of(original.id().value() + "-twin")).build();
        List<Candidate> both = new ArrayList<>(List.of(twin, original));
        Ranking ranking = Ranking.of(field.scorecard, both).get();
        assertThat(ranking.order()).containsExactly(original.id(), twin.id());
        assertThat(ranking.entries().get(1).placedBy()).isEqualTo(TieBreak.PARTNER_ID);
    }

    static final class ScoredField {
        final Scorecard scorecard;
        final List<Candidate> candidates;

        ScoredField(Scorecard scorecard, List<Candidate> candidates) {
            this.scorecard = scorecard;
            this.candidates = candidates;
        }

        @Override
        public String toString() {
            return scorecard + " " + candidates;
        }
    }

    /** The weights must add up to exactly 100: one millionth either side is refused, exactly 100 passes. */
    @Property(tries = 200)
    void criteriaWeightsAddUpToExactly100(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 6) int digits,
                                         @ForAll @net.jqwik.api.constraints.IntRange(min = -1, max = 1) int step) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
        String last = new BigDecimal("15").add(unit.multiply(BigDecimal.valueOf(step))).toPlainString();
        Scorecard card = Scorecard.of(BigDecimal.ZERO, BigDecimal.TEN,
                Criterion.of(CriterionKind.INDUSTRY_RELEVANCE, "行业关联性", "30"),
                Criterion.of(CriterionKind.AUDIENCE_OVERLAP, "用户群体重叠度", "30"),
                Criterion.of(CriterionKind.RESOURCE_STRENGTHS, "资源优势", "25"),
                Criterion.of(CriterionKind.BRAND_TONE_FIT, "品牌调性一致性", last));
        boolean refused = Ranking.of(card, PartnerRankingTest.candidates()).isInvalid()
                && Ranking.of(card, PartnerRankingTest.candidates()).getError()
                        .exists(v -> v.code().equals("partner.weights.sum"));
        assertThat(refused).isEqualTo(step != 0);
    }
}
