package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.BudgetArbitraries;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BudgetProperties {

    private static final Instant AT = Instant.parse("2024-07-01T00:00:00Z");

    @Property
    void acceptedChangesKeepEveryVersionAndEverySpend(@ForAll("budgets") Budget budget,
                                                      @ForAll("changes") BudgetChange change,
                                                      @ForAll("members") MemberId actor) {
        Either<Refusal, Budget> result = budget.apply(change, actor, AT);
        if (result.isLeft()) {
            assertThat(result.getLeft().violations()).isNotEmpty();
            return;
        }
        Budget next = result.get();
        assertThat(next.versions().subList(0, budget.versions().size())).isEqualTo(budget.versions());
        assertThat(next.spend().subList(0, budget.spend().size())).isEqualTo(budget.spend());
        assertThat(next.version()).isGreaterThanOrEqualTo(budget.version());
        if (budget.baseline().isPresent() && !(change instanceof BudgetChange.Approve)) {
            assertThat(next.baseline()).isEqualTo(budget.baseline());
        }
    }

    @Property
    void revisingAnApprovedBudgetMakesANewVersionAndKeepsTheBaseline(@ForAll("spent") Budget budget,
                                                                     @ForAll("validPlans") BudgetPlan plan) {
        BudgetPlan revised = plan.toBuilder().currency(budget.plan().currency()).lines(budget.plan().lines())
                .declaredTotal(java.util.Optional.empty()).ceiling(java.util.Optional.empty()).build();
        Budget next = budget.apply(new BudgetChange.Revise(revised), budget.plan().approver().orElseThrow(), AT).get();
        assertThat(next.version()).isEqualTo(budget.version() + 1);
        assertThat(next.status()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(next.versions().get(next.versions().size() - 1).plan()).isEqualTo(budget.plan());
        assertThat(next.baseline()).contains(budget.plan());
        assertThat(next.actualTotal()).isEqualTo(budget.actualTotal());
    }

    @Property
    void actualsAddUpByLineCategoryAndTotal(@ForAll("spent") Budget budget) {
        BudgetPlan base = budget.baseline().orElseThrow();
        Money byLine = Money.zero(base.currency());
        for (BudgetLine line : base.lines()) {
            byLine = byLine.plus(budget.actual(line.id()).orElse(Money.zero(base.currency())));
        }
        Money byCategory = Money.zero(base.currency());
        for (BudgetCategory category : BudgetCategory.values()) {
            byCategory = byCategory.plus(budget.actual(category));
            assertThat(budget.variance(category)).contains(budget.actual(category).minus(base.subtotal(category)));
        }
        assertThat(byLine).isEqualTo(budget.actualTotal());
        assertThat(byCategory).isEqualTo(budget.actualTotal());
    }

    @Property
    void aSettlementIsStaleExactlyWhenTheFiguresMoved(@ForAll("spent") Budget budget) {
        java.util.List<String> codes = BudgetRules.readyToClose().check(budget).map(v -> v.code()).toJavaList();
        assertThat(codes).doesNotContain("budget.settlement.stale");
        assertThat(codes.contains("budget.settlement.missing")).isEqualTo(budget.settlement().isEmpty());
        if (budget.settlement().isPresent()) {
            BudgetLine first = budget.baseline().orElseThrow().lines().get(0);
            Budget later = budget.toBuilder().spend(io.vavr.collection.List.ofAll(budget.spend())
                    .append(SpendEntry.of(first.id(), java.time.LocalDate.of(2024, 8, 1),
                            Money.ofMinor(1, budget.currency()))).toJavaList()).build();
            assertThat(BudgetRules.readyToClose().check(later).map(v -> v.code())).contains("budget.settlement.stale");
        }
    }

    @Property
    void everyBudgetWithItsActualsSettlesWithOrWithoutPartners(@ForAll("approved") Budget budget,
                                                               @ForAll("members") MemberId lead) {
        Budget spent = budget;
        for (BudgetLine line : budget.baseline().orElseThrow().lines()) {
            spent = spent.apply(new BudgetChange.RecordSpend(new SpendEntry(line.id(), java.time.LocalDate.of(2024, 8, 1),
                    line.amount(), Optional.empty(), Optional.of("按预算支出"), Optional.empty())), lead, AT).get();
        }
        Budget settled = spent.apply(new BudgetChange.Settle(), lead, AT).get();
        Settlement statement = settled.settlement().orElseThrow();
        assertThat(statement.total()).isEqualTo(spent.actualTotal());
        assertThat(statement.isShared()).isEqualTo(budget.costSharing().isPresent());
        assertThat(BudgetRules.readyToClose().check(settled)).isEmpty();
    }

    @Provide
    Arbitrary<Budget> budgets() {
        return BudgetArbitraries.budgets();
    }

    @Provide
    Arbitrary<Budget> approved() {
        return BudgetArbitraries.approvedBudgets();
    }

    @Provide
    Arbitrary<Budget> spent() {
        return BudgetArbitraries.spentBudgets();
    }

    @Provide
    Arbitrary<BudgetPlan> validPlans() {
        return BudgetArbitraries.validPlans();
    }

    @Provide
    Arbitrary<BudgetChange> changes() {
        return BudgetArbitraries.changes();
    }

    @Provide
    Arbitrary<MemberId> members() {
        return CampaignArbitraries.memberIds();
    }
}
