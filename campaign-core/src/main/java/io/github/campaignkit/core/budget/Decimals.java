package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Exact;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact decimal helpers of the budget package: normal forms, percentages, fraction-digit checks. */
final class Decimals {

    /** The scale every percentage of this package is computed to. */
    static final int PERCENT_SCALE = 2;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The most digits before the decimal point any amount, price, quantity or share may have. */
    static final int MAX_INTEGER_DIGITS = 24;

    private Decimals() {
    }

    /**
     * The shortest form of a value: no trailing zeros and never a negative scale, so that equal
     * values are equal records and write the same way ({@code 800}, {@code 2.5}, {@code 0}).
     */
    static BigDecimal normal(BigDecimal value) {
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw InvalidValueException.of(ValueViolation.INTEGER_DIGITS, "value", value, MAX_INTEGER_DIGITS);
        }
        return Exact.shortest(value);
    }

    /** The number of fraction digits a value really has, trailing zeros ignored. */
    static int fractionDigits(BigDecimal value) {
        return normal(value).scale();
    }

    /**
     * Refuses a value with more than {@value #MAX_INTEGER_DIGITS} digits before the point, naming
     * {@code field}: no campaign spends 10^24 of anything, and such a value (say {@code 1E+999999999})
     * would only exhaust memory when brought to a scale.
     */
    static BigDecimal bounded(BigDecimal value, String field) {
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw InvalidValueException.of(ValueViolation.INTEGER_DIGITS, field, value, MAX_INTEGER_DIGITS);
        }
        return value;
    }

    /**
     * The value as given, with its own scale ({@code 12.50} stays {@code 12.50}, so that a document
     * writes back as it was read), refused when it really has more than {@code max} fraction digits
     * (trailing zeros do not count) or a negative scale (written with an exponent, it would not be the
     * plain number a reader typed).
     *
     * @throws IllegalArgumentException naming {@code field}
     */
    static BigDecimal atMost(BigDecimal value, int max, String field) {
        BigDecimal normal = normal(bounded(value, field));
        if (normal.scale() > max) {
            throw InvalidValueException.of(ValueViolation.FRACTION_DIGITS, field, value, max);
        }
        return value.scale() < 0 ? normal : value;
    }

    /**
     * {@code part × 100 / whole} at {@value #PERCENT_SCALE} fraction digits, rounded half up: the one
     * place a percentage is computed. The caller makes sure {@code whole} is not zero.
     */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * {@code part / whole} in percent for a message next to a limit it was compared with: at
     * {@value #PERCENT_SCALE} fraction digits, or more when those would show the limit itself
     * although the share is not at it (9.9987 %, not 10.00 %).
     */
    static BigDecimal displayPercent(BigDecimal part, BigDecimal whole, BigDecimal limit) {
        BigDecimal shown = percent(part, whole);
        int scale = PERCENT_SCALE;
        while (shown.compareTo(limit) == 0 && Percentages.compare(part, whole, limit) != 0 && scale < 12) {
            scale += 2;
            shown = part.multiply(HUNDRED).divide(whole, scale, RoundingMode.HALF_UP);
        }
        return shown;
    }
}
