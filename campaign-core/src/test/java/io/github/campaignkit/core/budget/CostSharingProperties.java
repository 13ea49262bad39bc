package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.testkit.BudgetArbitraries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CostSharingProperties {

    @Property
    void anAllocationsPartsSumExactlyToTheWhole(@ForAll("sharings") CostSharing sharing, @ForAll("money") Money whole) {
        List<Money> parts = sharing.split(whole);
        assertThat(parts).hasSize(sharing.shares().size());
        Money sum = Money.zero(whole.currency());
        for (Money part : parts) {
            sum = sum.plus(part);
        }
        assertThat(sum).isEqualTo(whole);
    }

    @Property
    void eachPartIsWithinOneMinorUnitOfItsExactShare(@ForAll("sharings") CostSharing sharing,
                                                     @ForAll("money") Money whole) {
        List<Money> parts = sharing.split(whole);
        BigDecimal minor = BigDecimal.ONE.movePointLeft(Money.fractionDigits(whole.currency()));
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = whole.amount().multiply(sharing.shares().get(i).percent()).movePointLeft(2);
            assertThat(parts.get(i).amount().subtract(exact).abs()).isLessThan(minor);
        }
    }

    @Property
    void sharesOffBy100AreAlwaysRefused(@ForAll("sharings") CostSharing sharing,
                                        @ForAll @IntRange(min = 1, max = 9999) int hundredths) {
        List<PartnerShare> shares = new ArrayList<>(sharing.shares());
        PartnerShare last = shares.get(shares.size() - 1);
        BigDecimal off = BigDecimal.valueOf(hundredths, 4);
        shares.set(shares.size() - 1, PartnerShare.of(last.partner(), last.percent().compareTo(off) > 0
                ? last.percent().subtract(off) : last.percent().add(off)));
        assertThat(CostSharing.validate(shares).getError().map(v -> v.code())).contains("budget.sharing.sum");
    }

    @Property
    void settlementBalancesAddUpToWhatNoPartnerPaid(@ForAll("settlements") Settlement settlement) {
        Money shares = Money.zero(settlement.total().currency());
        Money paid = Money.zero(settlement.total().currency());
        Money balances = Money.zero(settlement.total().currency());
        for (SettlementLine line : settlement.lines()) {
            shares = shares.plus(line.share());
            paid = paid.plus(line.paid());
            balances = balances.plus(line.balance());
        }
        assertThat(shares).isEqualTo(settlement.total());
        assertThat(balances).isEqualTo(settlement.total().minus(paid));
    }

    @Provide
    Arbitrary<CostSharing> sharings() {
        return BudgetArbitraries.costSharings();
    }

    @Provide
    Arbitrary<Money> money() {
        return BudgetArbitraries.money();
    }

    @Provide
    Arbitrary<Settlement> settlements() {
        return BudgetArbitraries.settlements();
    }
}
