package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.testkit.BudgetArbitraries;
import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyProperties {

    @Property
    void currencyMixingIsAlwaysRefused(@ForAll("money") Money a, @ForAll("money") Money b) {
        Assume.that(!a.currency().equals(b.currency()));
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> a.minus(b)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> a.compareTo(b)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> BudgetPlan.empty(a.currency()).withLine(
                BudgetLine.fixed(BudgetLineId.of("L1"), BudgetCategory.OTHER, "x", b.abs())))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThat(ReturnOnInvestment.of(a.abs().plus(Money.ofMinor(1, a.currency())), b).isInvalid()).isTrue();
    }

    @Property
    void amountsAlwaysHaveTheirCurrencysScaleAndArithmeticIsExact(@ForAll("money") Money a, @ForAll long minor) {
        Money b = Money.ofMinor(minor % 1_000_000_000_000L, a.currency());
        assertThat(a.amount().scale()).isEqualTo(Money.fractionDigits(a.currency()));
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(b).amount()).isEqualByComparingTo(a.amount().add(b.amount()));
        assertThat(a.negated().negated()).isEqualTo(a);
    }

    @Property
    void roundingIsWithinHalfAMinorUnit(@ForAll("currencies") Currency currency,
                                        @ForAll("exact") BigDecimal exact) {
        Money rounded = Money.rounded(exact, currency);
        BigDecimal half = BigDecimal.ONE.movePointLeft(Money.fractionDigits(currency)).divide(BigDecimal.valueOf(2));
        assertThat(rounded.amount().subtract(exact).abs()).isLessThanOrEqualTo(half);
    }

    @Property
    void anAmountIsRefusedExactlyWhenItIsTooPrecise(@ForAll("currencies") Currency currency,
                                                    @ForAll("exact") BigDecimal value) {
        boolean exact = value.stripTrailingZeros().scale() <= Money.fractionDigits(currency);
        if (exact) {
            assertThat(Money.of(value, currency).amount()).isEqualByComparingTo(value);
        } else {
            assertThatThrownBy(() -> Money.of(value, currency)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("amount: ");
        }
    }

    @Provide
    Arbitrary<Money> money() {
        return BudgetArbitraries.money();
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return BudgetArbitraries.currencies();
    }

    @Provide
    Arbitrary<BigDecimal> exact() {
        return Arbitraries.integers().between(0, 6).flatMap(scale -> Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(-1_000_000), BigDecimal.valueOf(1_000_000)).ofScale(scale));
    }
}
