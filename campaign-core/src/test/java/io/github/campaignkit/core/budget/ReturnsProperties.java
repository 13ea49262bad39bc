package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.testkit.BudgetArbitraries;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReturnsProperties {

    /**
     * ROI is positive exactly when revenue exceeds cost. The percentage is rounded to two digits,
     * so a gain below 0.005% of the cost shows as 0.00; its sign never contradicts the gain.
     */
    @Property
    void roiIsPositiveExactlyWhenRevenueExceedsCost(@ForAll("costs") Money cost, @ForAll long revenueMinor) {
        Money revenue = Money.ofMinor(Math.abs(revenueMinor % 10_000_000_000L), cost.currency());
        ReturnOnInvestment roi = ReturnOnInvestment.of(cost, revenue).get();
        boolean exceeds = revenue.isGreaterThan(cost);
        assertThat(roi.gain().isPositive()).isEqualTo(exceeds);
        assertThat(roi.percent().signum() > 0).isEqualTo(exceeds
                && roi.gain().amount().multiply(BigDecimal.valueOf(100)).divide(cost.amount(), 10,
                java.math.RoundingMode.DOWN).compareTo(new BigDecimal("0.005")) >= 0);
        if (roi.percent().signum() < 0) {
            assertThat(revenue.isLessThan(cost)).isTrue();
        }
        assertThat(roi.percent().scale()).isEqualTo(2);
    }

    @Property
    void aRankingIsOrderedByRevenuePerCost(@ForAll("channels") List<ChannelResult> channels) {
        var ranked = ChannelResult.rank(channels);
        if (channels.stream().anyMatch(c -> !c.cost().isPositive())) {
            assertThat(ranked.isInvalid()).isTrue();
            return;
        }
        List<ChannelResult> order = ranked.get();
        assertThat(order).containsExactlyInAnyOrderElementsOf(channels);
        for (int i = 1; i < order.size(); i++) {
            assertThat(order.get(i - 1).returns().get().compareEfficiency(order.get(i).returns().get()))
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Provide
    Arbitrary<Money> costs() {
        return BudgetArbitraries.returns().map(ReturnOnInvestment::cost);
    }

    @Provide
    Arbitrary<List<ChannelResult>> channels() {
        return BudgetArbitraries.channelResults().list().ofMaxSize(6);
    }
}
