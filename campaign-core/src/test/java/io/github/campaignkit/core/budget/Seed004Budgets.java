package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Seed 004's budget carried further, for tests outside this package: corrected (declared total
 * equal to the lines, seed 002's 5–10% reserve band), approved by 刘*, spent, explained, shared
 * 60/40 between two partners and settled.
 */
public final class Seed004Budgets {

    /** When every step happened. */
    public static final Instant AT = Instant.parse("2024-08-20T09:00:00Z");

    private Seed004Budgets() {
    }

    /**
     * The seed's plan as written: lines adding up to 68,000 元, a declared total of 77,000 元.
     *
     * @return the plan
     */
    public static BudgetPlan asWritten() {
        return Seed004.plan();
    }

    /**
     * The seed's budget approved, with actuals (gifts upgraded to 18,000 元 and explained, the
     * reserve unused), shared 60/40 between 科技公司A and 健康品牌B and settled.
     *
     * @return the budget
     */
    public static Budget settled() {
        BudgetPlan plan = Seed004.plan();
        plan = plan.withPolicy(BudgetPolicy.enterpriseEvent()).withDeclaredTotal(plan.total())
                .withApproval(Seed004.LIU, List.of(Reviewer.of(ReviewerRole.FINANCE, Seed004.LIU)))
                .withPolicy(BudgetPolicy.enterpriseEvent().withRequiredReviewers(List.of(ReviewerRole.FINANCE)));
        MemberId lead = Seed004.ZHANG;
        PartnerId tech = PartnerId.of("科技公司A");
        PartnerId health = PartnerId.of("健康品牌B");
        Budget budget = Budget.draft(plan).apply(new BudgetChange.Submit(), lead, AT).get()
                .apply(new BudgetChange.Review(ReviewerRole.FINANCE, Verdict.AGREE, "同意"), Seed004.LIU, AT).get()
                .apply(new BudgetChange.Approve("同意"), Seed004.LIU, AT).get()
                .apply(new BudgetChange.AgreeCostSharing(CostSharing.of(PartnerShare.of(tech, "60"),
                        PartnerShare.of(health, "40"))), lead, AT).get();
        for (BudgetLine line : plan.lines()) {
            Money actual = switch (line.id().value()) {
                case "L4" -> Money.of(18_000, Seed004.CNY);
                case "L8" -> Money.zero(Seed004.CNY);
                default -> line.amount();
            };
            PartnerId payer = line.category() == BudgetCategory.CHANNELS ? health : tech;
            budget = budget.apply(new BudgetChange.RecordSpend(new SpendEntry(line.id(), LocalDate.of(2024, 8, 10),
                    actual, Optional.empty(), Optional.of(actual.isZero() ? "未动用" : "按合同支付"),
                    Optional.of(payer))), lead, AT).get();
        }
        return budget.apply(new BudgetChange.ExplainVariance(BudgetLineId.of("L4"), "礼品升级为充电宝"), lead, AT).get()
                .apply(new BudgetChange.Settle(), lead, AT).get();
    }
}
