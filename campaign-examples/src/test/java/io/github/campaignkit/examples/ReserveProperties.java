package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.BudgetPolicy;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A user's own planning rule, property-tested with the published test kit exactly as README shows
 * it (a test keeps the two identical): under the standard policy, the contingency reserve of a
 * planned campaign never exceeds 20 % of its budget.
 */
class ReserveProperties {

    // readme:begin
    @Provide
    Arbitrary<Campaign> plannedInYuan() {
        return CampaignArbitraries.plannedCampaigns()
                .withPolicy(BudgetPolicy.standard())
                .inCurrency(Currency.getInstance("CNY"))
                .withTasks(5, 50);
    }

    @Property(tries = 50)
    void theReserveNeverExceedsTwentyPercent(@ForAll("plannedInYuan") Campaign campaign) {
        BudgetPlan plan = campaign.budget().plan();
        BigDecimal reserve = plan.lines().stream()
                .filter(line -> line.category() == BudgetCategory.CONTINGENCY)
                .map(line -> line.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // reserve / total ≤ 20 %, compared without rounding
        assertThat(reserve.multiply(BigDecimal.valueOf(100)))
                .isLessThanOrEqualTo(plan.total().amount().multiply(BigDecimal.valueOf(20)));
    }
    // readme:end
}
