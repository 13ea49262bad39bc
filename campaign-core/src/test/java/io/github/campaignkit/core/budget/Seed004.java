package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.team.MemberId;
import java.util.Currency;
import java.util.List;

/**
 * Seed 004's 营销活动预算明细表 (开学季·青春焕新计划, a campus campaign), line by line as the seed
 * writes it, with its declared total of 77,000 元. The lines add up to 68,000 元.
 */
final class Seed004 {

    static final Currency CNY = Currency.getInstance("CNY");
    static final MemberId ZHANG = MemberId.of("张*");
    static final MemberId LI = MemberId.of("李*");
    static final MemberId WANG = MemberId.of("王*");
    static final MemberId ZHAO = MemberId.of("赵*");
    static final MemberId LIU = MemberId.of("刘*");

    private Seed004() {
    }

    static BudgetPlan plan() {
        return BudgetPlan.builder().currency(CNY).policy(BudgetPolicy.standard())
                .addLines(
                        perUnit("L1", BudgetCategory.PEOPLE, "内部团队加班费", Quantity.of(3, "人").times(5, "天"), 800, ZHANG),
                        fixed("L2", BudgetCategory.PEOPLE, "外部讲师费用", 5000, LI),
                        perUnit("L3", BudgetCategory.MATERIALS, "线下展架", Quantity.of(5, "个"), 200, WANG),
                        perUnit("L4", BudgetCategory.MATERIALS, "定制礼品", Quantity.of(1000, "份"), 15, ZHAO),
                        fixed("L5", BudgetCategory.CHANNELS, "抖音同城投放", 20000, ZHANG),
                        fixed("L6", BudgetCategory.CHANNELS, "高校公众号推文合作", 8000, LI),
                        perUnit("L7", BudgetCategory.VENUE, "场地租赁", Quantity.of(2, "天"), 1000, WANG),
                        fixed("L8", BudgetCategory.CONTINGENCY, "应急备用金", 5000, ZHANG).withNotes("按实际使用冲销"))
                .declaredTotal(Money.of(77_000, CNY))
                .approver(LIU)
                .addReviewers(Reviewer.of(ReviewerRole.FINANCE, LIU))
                .build();
    }

    private static BudgetLine perUnit(String id, BudgetCategory category, String item, Quantity quantity, long price,
                                      MemberId owner) {
        return BudgetLine.perUnit(BudgetLineId.of(id), category, item, quantity, UnitPrice.of(price, CNY))
                .withOwnerAndApprover(owner, LIU);
    }

    private static BudgetLine fixed(String id, BudgetCategory category, String item, long amount, MemberId owner) {
        return BudgetLine.fixed(BudgetLineId.of(id), category, item, Money.of(amount, CNY)).withOwnerAndApprover(owner, LIU);
    }

    static List<BudgetLine> lines() {
        return plan().lines();
    }
}
