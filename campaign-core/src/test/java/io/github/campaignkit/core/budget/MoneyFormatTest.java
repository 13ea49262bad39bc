package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.rule.MessageRenderer;
import io.github.campaignkit.core.rule.Violation;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** How an amount reads in each language, in messages and on its own. */
class MoneyFormatTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void yuanReadsAsYuanInChineseAndWithItsCodeInEnglish() {
        Money amount = Money.of(new BigDecimal("77000.00"), CNY);
        assertThat(amount.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("77,000.00元");
        assertThat(amount.format(Locale.ENGLISH)).isEqualTo("CNY 77,000.00");
        assertThat(Money.of(new BigDecimal("2000.50"), USD).format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("USD 2,000.50");
        assertThat(Money.of(new BigDecimal("-1234567.5"), CNY).format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("-1,234,567.50元");
        assertThat(amount).hasToString("77000.00 CNY");
    }

    @Test
    void aMessageShowsAnAmountArgumentTheReadersWay() {
        Violation violation = Violation.of(BudgetViolation.TOTAL_MISMATCH, "plan.declaredTotal",
                Money.of(new BigDecimal("77000.00"), CNY), Money.of(new BigDecimal("68000.00"), CNY),
                Money.of(new BigDecimal("9000.00"), CNY));
        assertThat(MessageRenderer.standard().message(violation, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("申报合计 77,000.00元 与明细合计 68,000.00元 不符（相差 9,000.00元）。");
        assertThat(MessageRenderer.standard().message(violation, Locale.ENGLISH)).contains("CNY 77,000.00")
                .doesNotContain("77000.00 CNY");
    }

    @Test
    void aLocaleIsRequired() {
        assertThatThrownBy(() -> Money.zero(CNY).format(null)).hasMessage("locale");
    }

    @Property
    void everyDigitOfTheAmountSurvives(@ForAll @BigRange(min = "-1e12", max = "1e12") @Scale(2) BigDecimal value) {
        Money amount = Money.of(value.setScale(2, java.math.RoundingMode.UNNECESSARY), CNY);
        String chinese = amount.format(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).endsWith("元");
        assertThat(new BigDecimal(chinese.replace("元", "").replace(",", ""))).isEqualTo(amount.amount());
        String english = amount.format(Locale.ENGLISH);
        assertThat(new BigDecimal(english.substring(4).replace(",", ""))).isEqualTo(amount.amount());
    }
}
