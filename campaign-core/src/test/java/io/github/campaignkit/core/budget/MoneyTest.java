package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void amountsCarryTheirCurrencysFractionDigits() {
        assertThat(Money.of(12000, CNY).amount()).isEqualByComparingTo("12000").hasScaleOf(2);
        assertThat(Money.of(12000, CNY)).hasToString("12000.00 CNY");
        assertThat(Money.of("12.5", "CNY")).isEqualTo(Money.of(new BigDecimal("12.50"), CNY));
        assertThat(Money.of(100, JPY).amount()).hasScaleOf(0);
        assertThat(Money.of("1.250", "KWD").amount()).hasScaleOf(3);
        assertThat(Money.ofMinor(1250, CNY)).isEqualTo(Money.of("12.50", "CNY"));
        assertThat(Money.of("12.50", "CNY").minorUnits()).isEqualTo(1250);
    }

    @Test
    void anAmountMorePreciseThanItsCurrencyIsRefusedNeverRounded() {
        assertThatThrownBy(() -> Money.of("12.345", "CNY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount: 12.345 has more fraction digits than CNY allows (2); round it explicitly");
        assertThatThrownBy(() -> Money.of("100.5", "JPY")).hasMessageStartingWith("amount: 100.5 has more fraction");
        assertThat(Money.of("12.500", "CNY")).isEqualTo(Money.of("12.50", "CNY"));
    }

    @Test
    void roundingHappensOnlyWhenAskedForAndIsHalfEven() {
        assertThat(Money.rounded(new BigDecimal("2.345"), CNY)).isEqualTo(Money.of("2.34", "CNY"));
        assertThat(Money.rounded(new BigDecimal("2.355"), CNY)).isEqualTo(Money.of("2.36", "CNY"));
        assertThat(Money.rounded(new BigDecimal("2.3450001"), CNY)).isEqualTo(Money.of("2.35", "CNY"));
        assertThat(Money.rounded(new BigDecimal("-2.345"), CNY)).isEqualTo(Money.of("-2.34", "CNY"));
    }

    @Test
    void badCurrenciesAndAmountsNameTheField() {
        assertThatThrownBy(() -> Money.of("1", "RMB")).hasMessage("currency: unknown ISO 4217 code 'RMB'");
        assertThatThrownBy(() -> Money.of("1", "XAU")).hasMessage("currency: XAU has no minor unit and cannot be used for money");
        assertThatThrownBy(() -> Money.of("一百", "CNY")).hasMessage("amount: not a decimal number: '一百'");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1E+999999999"), CNY))
                .hasMessageStartingWith("amount: more than 24 digits before the point");
        assertThatThrownBy(() -> new Money(null, CNY)).isInstanceOf(NullPointerException.class).hasMessage("amount");
    }

    @Test
    void mixingCurrenciesIsRefused() {
        Money yuan = Money.of(100, CNY);
        Money dollars = Money.of(100, USD);
        assertThatThrownBy(() -> yuan.plus(dollars)).isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
            assertThat(e.expected()).isEqualTo(CNY);
            assertThat(e.found()).isEqualTo(USD);
            assertThat(e).hasMessage("other: USD cannot be mixed with CNY");
        });
        assertThatThrownBy(() -> yuan.minus(dollars)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> yuan.compareTo(dollars)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> BudgetPlan.empty(CNY).withLine(BudgetLine.fixed(BudgetLineId.of("L1"),
                BudgetCategory.OTHER, "Shipping", dollars)))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("lines[0]: USD cannot be mixed with CNY");
        assertThat(ReturnOnInvestment.of(yuan, dollars).getError().map(v -> v.code()))
                .containsExactly("budget.currency.mismatch");
    }

    @Test
    void lineAmountsAreQuantityTimesUnitPriceRoundedOnce() {
        assertThat(UnitPrice.of(800, CNY).times(Quantity.of(3, "人").times(5, "天"))).isEqualTo(Money.of(12000, CNY));
        assertThat(UnitPrice.of("0.035", "CNY").times(Quantity.of(1_000_000, "次曝光")))
                .isEqualTo(Money.of(35000, CNY));
        // Rounded once, half even: 7 × 0.125 = 0.875 → 0.88; 5 × 0.005 = 0.025 → 0.02; 3 × 0.005 = 0.015 → 0.02.
        assertThat(UnitPrice.of("0.125", "CNY").times(Quantity.of(7, ""))).isEqualTo(Money.of("0.88", "CNY"));
        assertThat(UnitPrice.of("0.005", "CNY").times(Quantity.of(5, ""))).isEqualTo(Money.of("0.02", "CNY"));
        assertThat(UnitPrice.of("0.005", "CNY").times(Quantity.of(3, ""))).isEqualTo(Money.of("0.02", "CNY"));
        // 3 × 0.333333 = 0.999999 → 1.00, where rounding the price first would give 0.99.
        assertThat(UnitPrice.of("0.333333", "CNY").times(Quantity.of(3, ""))).isEqualTo(Money.of("1.00", "CNY"));
        assertThat(Quantity.of(new BigDecimal("2.5"), "天").times(4, "人").value()).isEqualByComparingTo("10");
    }

    @Test
    void unitPricesTakeUpToSixFractionDigits() {
        assertThat(UnitPrice.of("0.000001", "CNY").amount()).isEqualByComparingTo("0.000001");
        // The scale is kept as given, so that a document writes back what it said (800.00 stays 800.00).
        assertThat(UnitPrice.of("800.00", "CNY")).hasToString("800.00 CNY").isNotEqualTo(UnitPrice.of(800, CNY));
        assertThat(UnitPrice.of("800.00", "CNY").amount()).isEqualByComparingTo(UnitPrice.of(800, CNY).amount());
        assertThat(UnitPrice.of("0.0000010", "CNY").amount()).hasToString("0.0000010");
        assertThatThrownBy(() -> UnitPrice.of("0.0000001", "CNY"))
                .hasMessage("amount: 0.0000001 has more than 6 fraction digits");
        assertThatThrownBy(() -> UnitPrice.of("-1", "CNY"))
                .hasMessage("amount: must not be negative: -1");
    }

    @Test
    void aNegativeQuantityIsRefused() {
        assertThatThrownBy(() -> Quantity.of(-3, "人")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value: must not be negative: -3");
        assertThatThrownBy(() -> Quantity.of(3, "人").times(-5, "天"))
                .hasMessage("value: must not be negative: -5");
        assertThatThrownBy(() -> new Quantity(java.util.List.of())).hasMessageStartingWith("factors:");
        assertThatThrownBy(() -> Quantity.of(1, " 天")).hasMessageStartingWith("unit:");
        assertThat(Quantity.of(3, "人").times(5, "天")).hasToString("3人×5天");
        assertThat(Quantity.of(0, "份").value()).isEqualByComparingTo("0");
    }

    @Test
    void aFixedAmountIsNotNegative() {
        assertThatThrownBy(() -> Pricing.fixed(Money.of(-1, CNY)))
                .hasMessage("amount: must not be negative: CNY -1.00");
    }

    @Test
    void categoriesAreParsedByNameOrLabelInEitherLanguage() {
        assertThat(BudgetCategory.parse("渠道成本")).isEqualTo(BudgetCategory.CHANNELS);
        assertThat(BudgetCategory.parse("渠道")).isEqualTo(BudgetCategory.CHANNELS);
        assertThat(BudgetCategory.parse("channels")).isEqualTo(BudgetCategory.CHANNELS);
        assertThat(BudgetCategory.parse("CONTINGENCY")).isEqualTo(BudgetCategory.CONTINGENCY);
        assertThat(BudgetCategory.parse("应急备用金")).isEqualTo(BudgetCategory.CONTINGENCY);
        assertThatThrownBy(() -> BudgetCategory.parse("宣传费")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("category: unknown budget category '宣传费'");
        assertThat(BudgetCategory.VENUE.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("场地成本");
    }
}
