package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seed 004's 营销活动预算明细表, every line, its declared total, its reserve and its ROI. */
class Seed004Test {

    private record Row(BudgetCategory category, String item, long amount, MemberId owner, Optional<String> notes) {
    }

    @Test
    void everyLineOfTheBudgetTable() {
        List<Row> rows = List.of(
                new Row(BudgetCategory.PEOPLE, "内部团队加班费", 12_000, Seed004.ZHANG, Optional.empty()),
                new Row(BudgetCategory.PEOPLE, "外部讲师费用", 5_000, Seed004.LI, Optional.empty()),
                new Row(BudgetCategory.MATERIALS, "线下展架", 1_000, Seed004.WANG, Optional.empty()),
                new Row(BudgetCategory.MATERIALS, "定制礼品", 15_000, Seed004.ZHAO, Optional.empty()),
                new Row(BudgetCategory.CHANNELS, "抖音同城投放", 20_000, Seed004.ZHANG, Optional.empty()),
                new Row(BudgetCategory.CHANNELS, "高校公众号推文合作", 8_000, Seed004.LI, Optional.empty()),
                new Row(BudgetCategory.VENUE, "场地租赁", 2_000, Seed004.WANG, Optional.empty()),
                new Row(BudgetCategory.CONTINGENCY, "应急备用金", 5_000, Seed004.ZHANG, Optional.of("按实际使用冲销")));
        List<BudgetLine> lines = Seed004.lines();
        assertThat(lines).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            BudgetLine line = lines.get(i);
            assertThat(line.category()).as(row.item()).isEqualTo(row.category());
            assertThat(line.item()).isEqualTo(row.item());
            assertThat(line.amount()).as(row.item()).isEqualTo(Money.of(row.amount(), Seed004.CNY));
            assertThat(line.owner()).contains(row.owner());
            assertThat(line.approver()).contains(Seed004.LIU);
            assertThat(line.notes()).isEqualTo(row.notes());
        }
    }

    @Test
    void quantitiesTimesUnitPricesAreTheSeedsFigures() {
        // 3人×5天×800元/天 = 12,000; 5个×200元/个 = 1,000; 1000份×15元/份 = 15,000; 2天×1000元/天 = 2,000.
        assertThat(Seed004.lines().stream().filter(l -> l.pricing() instanceof Pricing.PerUnit)
                .map(l -> ((Pricing.PerUnit) l.pricing()).quantity() + "×"
                        + ((Pricing.PerUnit) l.pricing()).unitPrice().amount().toPlainString() + "="
                        + l.amount().amount().toBigInteger()))
                .containsExactly("3人×5天×800=12000", "5个×200=1000", "1000份×15=15000", "2天×1000=2000");
    }

    @Test
    void theDeclaredTotalOf77000DoesNotMatchTheLinesWhichAddUpTo68000() {
        BudgetPlan plan = Seed004.plan();
        assertThat(plan.total()).isEqualTo(Money.of(68_000, Seed004.CNY));
        Violation mismatch = BudgetRules.plan().check(plan).find(v -> v.code().equals("budget.total.mismatch")).get();
        assertThat(mismatch.path()).isEqualTo("declaredTotal");
        assertThat(mismatch.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("申报合计 77,000.00元 与明细合计 68,000.00元 不符（相差 9,000.00元）。");
        assertThat(mismatch.message(Locale.ENGLISH)).isEqualTo(
                "The declared total CNY 77,000.00 does not match the sum of the lines CNY 68,000.00 (difference CNY 9,000.00).");
    }

    @Test
    void theReserveIsBelowTheSeedsOwn10To15PercentButWithinSeed002sPreset() {
        BudgetPlan plan = Seed004.plan();
        assertThat(plan.share(BudgetCategory.CONTINGENCY)).contains(new BigDecimal("7.35"));
        Violation below = BudgetRules.plan().check(plan).find(v -> v.code().equals("budget.contingency.below-min")).get();
        assertThat(below.path()).isEqualTo("lines[7]");
        assertThat(below.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("应急备用金 5,000.00元 占预算合计 68,000.00元 的 7.35%，低于政策要求的 10%。");

        BudgetPlan corrected = plan.withPolicy(BudgetPolicy.enterpriseEvent()).withDeclaredTotal(plan.total());
        assertThat(BudgetRules.plan().check(corrected)).isEmpty();
    }

    @Test
    void categorySubtotalsAndShares() {
        BudgetPlan plan = Seed004.plan();
        assertThat(plan.subtotals()).containsExactly(
                java.util.Map.entry(BudgetCategory.PEOPLE, Money.of(17_000, Seed004.CNY)),
                java.util.Map.entry(BudgetCategory.MATERIALS, Money.of(16_000, Seed004.CNY)),
                java.util.Map.entry(BudgetCategory.CHANNELS, Money.of(28_000, Seed004.CNY)),
                java.util.Map.entry(BudgetCategory.VENUE, Money.of(2_000, Seed004.CNY)),
                java.util.Map.entry(BudgetCategory.CONTINGENCY, Money.of(5_000, Seed004.CNY)));
        assertThat(plan.share(BudgetCategory.PEOPLE)).contains(new BigDecimal("25.00"));
        assertThat(plan.share(BudgetCategory.CHANNELS)).contains(new BigDecimal("41.18"));
        assertThat(plan.share(BudgetCategory.OTHER)).contains(new BigDecimal("0.00"));
        assertThat(BudgetPlan.empty(Seed004.CNY).share(BudgetCategory.PEOPLE)).isEmpty();
    }

    @Test
    void roiOfTheSeedsCostAndIncrementalSales() {
        ReturnOnInvestment roi = ReturnOnInvestment.of(Money.of(77_000, Seed004.CNY), Money.of(500_000, Seed004.CNY))
                .get();
        assertThat(roi.percent()).isEqualTo(new BigDecimal("549.35"));
    }
}
