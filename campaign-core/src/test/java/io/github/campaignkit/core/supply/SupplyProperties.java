package io.github.campaignkit.core.supply;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.testkit.BudgetArbitraries;
import io.github.campaignkit.core.testkit.SupplyArbitraries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SupplyProperties {

    @Provide
    Arbitrary<SupplierEvaluation> valid() {
        return SupplyArbitraries.supplierIds().flatMap(SupplyArbitraries::validEvaluations);
    }

    @Provide
    Arbitrary<BudgetPlan> budgets() {
        return BudgetArbitraries.validPlans();
    }

    @Property
    void aScoreIsBetweenTheLowestAndHighestCriterion(@ForAll("valid") SupplierEvaluation evaluation) {
        BigDecimal score = evaluation.weightedScore().get();
        BigDecimal low = evaluation.scores().stream().filter(s -> s.weight().signum() > 0).map(CriterionScore::score)
                .min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = evaluation.scores().stream().filter(s -> s.weight().signum() > 0).map(CriterionScore::score)
                .max(BigDecimal::compareTo).orElseThrow();
        assertThat(score).isBetween(low, high);
        assertThat(score.scale()).isEqualTo(SupplierEvaluation.SCALE);
    }

    @Property
    void weightsOffByAnyAmountAreAViolation(@ForAll("valid") SupplierEvaluation evaluation,
                                            @ForAll @IntRange(min = 1, max = 99) int off) {
        List<CriterionScore> scores = new ArrayList<>(evaluation.scores());
        CriterionScore first = scores.get(0);
        BigDecimal weight = first.weight().compareTo(BigDecimal.valueOf(off)) >= 0
                ? first.weight().subtract(BigDecimal.valueOf(off)) : first.weight().add(BigDecimal.valueOf(off));
        scores.set(0, new CriterionScore(first.criterion(), first.name(), weight.min(BigDecimal.valueOf(100)),
                first.score()));
        SupplierEvaluation skewed = SupplierEvaluation.builder().from(evaluation).scores(scores).build();
        if (skewed.totalWeight().compareTo(BigDecimal.valueOf(100)) != 0) {
            assertThat(skewed.weightedScore().getError().map(v -> v.code()))
                    .containsExactly("supply.evaluation.weights-sum");
        }
    }

    @Property
    void readyPlansPassEveryRuleAndTheirTemplatesStayConsistent(@ForAll("budgets") BudgetPlan budget) {
        SupplyPlan plan = SupplyArbitraries.readyPlans(budget).sample();
        assertThat(SupplyRules.readyForExecution().and(SupplyRules.fundedBy(budget)).check(plan)).isEmpty();
        SupplyPlan template = plan.template();
        assertThat(SupplyRules.standard().and(SupplyRules.fundedBy(budget)).check(template)).isEmpty();
        assertThat(template.needs()).allSatisfy(n -> assertThat(n.quotes()).isEmpty());
        assertThat(template.materials()).allSatisfy(m -> assertThat(m.needBy().or(() -> m.delivery()
                .map(Delivery::promised))).isEmpty());
        assertThat(template.template()).isEqualTo(template);
    }

    @Property
    void theComparisonDoesNotDependOnTheOrderOfQuotes(@ForAll SupplierNeed need) {
        List<Quote> reversed = new ArrayList<>(need.quotes());
        java.util.Collections.reverse(reversed);
        SupplierNeed other = need.toBuilder().quotes(reversed).build();
        assertThat(other.comparableQuotes()).isEqualTo(need.comparableQuotes());
        assertThat(other.isCompared(SupplyPolicy.standard())).isEqualTo(need.isCompared(SupplyPolicy.standard()));
    }
}
