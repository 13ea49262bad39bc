package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.testkit.BudgetArbitraries;
import java.math.BigDecimal;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BudgetPlanProperties {

    @Property
    void categorySubtotalsSumExactlyToTheTotal(@ForAll("plans") BudgetPlan plan) {
        Money sum = Money.zero(plan.currency());
        for (Map.Entry<BudgetCategory, Money> subtotal : plan.subtotals().entrySet()) {
            assertThat(subtotal.getValue()).isEqualTo(plan.subtotal(subtotal.getKey()));
            sum = sum.plus(subtotal.getValue());
        }
        assertThat(sum).isEqualTo(plan.total());
        for (BudgetCategory category : BudgetCategory.values()) {
            if (!plan.subtotals().containsKey(category)) {
                assertThat(plan.subtotal(category).isZero()).isTrue();
            }
        }
    }

    @Property
    void addingALineNeverLowersTheTotal(@ForAll("plans") BudgetPlan plan, @ForAll("lines") BudgetLine line) {
        Assume.that(line.currency().equals(plan.currency()) && plan.line(line.id()).isEmpty());
        BudgetPlan more = plan.withLine(line);
        assertThat(more.total().compareTo(plan.total())).isGreaterThanOrEqualTo(0);
        assertThat(more.total()).isEqualTo(plan.total().plus(line.amount()));
        assertThat(more.subtotal(line.category())).isEqualTo(plan.subtotal(line.category()).plus(line.amount()));
    }

    @Property
    void generatedValidPlansPassEveryPolicy(@ForAll("validPlans") BudgetPlan plan) {
        assertThat(BudgetRules.plan().check(plan)).isEmpty();
        assertThat(BudgetRules.validate(plan).isValid()).isTrue();
        BigDecimal share = plan.share(BudgetCategory.CONTINGENCY).orElseThrow();
        assertThat(share).isBetween(plan.policy().contingencyMin(), plan.policy().contingencyMax());
    }

    @Property
    void aDeclaredTotalIsCheckedAgainstTheLines(@ForAll("validPlans") BudgetPlan plan, @ForAll long minor) {
        Money declared = Money.ofMinor(minor % 1_000_000_000L, plan.currency());
        var found = BudgetRules.plan().check(plan.withDeclaredTotal(declared))
                .filter(v -> v.code().equals(BudgetViolation.TOTAL_MISMATCH.code()));
        if (declared.equals(plan.total())) {
            assertThat(found).isEmpty();
        } else {
            Violation mismatch = found.single();
            assertThat(mismatch.path()).isEqualTo("declaredTotal");
            assertThat(mismatch.arguments()).containsExactly(declared, plan.total(), declared.minus(plan.total()));
        }
    }

    @Property
    void everyLineWithoutOwnerOrApproverIsReported(@ForAll("plans") BudgetPlan plan) {
        long missing = plan.lines().stream().filter(l -> l.owner().isEmpty()).count()
                + plan.lines().stream().filter(l -> l.approver().isEmpty()).count();
        assertThat(BudgetRules.plan().check(plan).count(v -> v.code().equals("budget.line.owner-missing")
                || v.code().equals("budget.line.approver-missing"))).isEqualTo((int) missing);
    }

    @Provide
    Arbitrary<BudgetPlan> plans() {
        return BudgetArbitraries.plans();
    }

    @Provide
    Arbitrary<BudgetPlan> validPlans() {
        return BudgetArbitraries.validPlans();
    }

    @Provide
    Arbitrary<BudgetLine> lines() {
        return BudgetArbitraries.lines();
    }
}
