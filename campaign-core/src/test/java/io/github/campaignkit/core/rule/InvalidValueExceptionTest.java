package io.github.campaignkit.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.Quantity;
import io.github.campaignkit.core.budget.SpendEntry;
import io.github.campaignkit.core.schedule.DateRange;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Constructors refuse a value with a code, the field's path and a message in both languages. */
class InvalidValueExceptionTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static InvalidValueException refusal(Supplier<?> build) {
        try {
            build.get();
        } catch (InvalidValueException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aNegativeQuantityIsRefusedInBothLanguages() {
        InvalidValueException e = refusal(() -> Quantity.of(-5, "人"));
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.violation().code()).isEqualTo("value.negative");
        assertThat(e.violation().path()).isEqualTo("value");
        assertThat(e.violation().isError()).isTrue();
        assertThat(e.getMessage()).isEqualTo("value: must not be negative: -5");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("value：不能为负数：-5");
    }

    @Test
    void aRangeEndingBeforeItStartsNamesBothDates() {
        InvalidValueException e = refusal(() -> DateRange.of(LocalDate.of(2024, 10, 5), LocalDate.of(2024, 10, 1)));
        assertThat(e.violation().code()).isEqualTo("value.before");
        assertThat(e.violation().path()).isEqualTo("end");
        assertThat(e.getMessage()).isEqualTo("end: 2024-10-01 is before start 2024-10-05");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("end：2024-10-01 早于 start（2024-10-05）");
    }

    @Test
    void aNegativeSpendShowsTheAmountAsEachReaderWritesIt() {
        InvalidValueException e = refusal(() -> SpendEntry.of(BudgetLineId.of("L1"), LocalDate.of(2024, 6, 1),
                Money.of(-1200, CNY)));
        assertThat(e.violation().code()).isEqualTo("value.negative");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("amount: must not be negative: CNY -1,200.00");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("amount：不能为负数：-1,200.00元");
    }

    @Test
    void aPackagesOwnCodeReadsFromItsBundle() {
        InvalidValueException e = refusal(() -> Money.currency("XYZ"));
        assertThat(e.violation().code()).isEqualTo("budget.value.unknown-currency");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("currency：未知的 ISO 4217 币种代码“XYZ”");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("currency: unknown ISO 4217 code 'XYZ'");
    }

    @Test
    void theWholeValueHasNoPathPrefix() {
        InvalidValueException e = new InvalidValueException(Violation.of(ValueViolation.EMPTY, ""));
        assertThat(e.getMessage()).isEqualTo("needs at least one entry");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("至少需要一项");
        assertThatThrownBy(() -> new InvalidValueException(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("violation");
    }

    @Property(tries = 200)
    void everyNegativeQuantityIsRefusedWithItsValueInBothLanguages(@ForAll @IntRange(min = -1_000_000, max = -1) int value) {
        InvalidValueException e = refusal(() -> Quantity.of(value, "天"));
        assertThat(e.violation().arguments()).hasSize(1);
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).startsWith("value：不能为负数：").endsWith(String.valueOf(value));
        assertThat(e.message(Locale.ENGLISH)).startsWith("value: must not be negative: ").endsWith(String.valueOf(value));
    }

    @Test
    void everyValueCodeReadsDifferentlyInEachLanguage() {
        for (ValueViolation code : ValueViolation.values()) {
            Violation v = Violation.of(code, "x", "a", "b", "c");
            assertThat(v.message(Locale.ENGLISH)).as(code.code()).isNotEqualTo(v.message(Locale.SIMPLIFIED_CHINESE))
                    .doesNotStartWith(code.code());
            assertThat(code.severity()).isEqualTo(Severity.ERROR);
        }
    }
}
