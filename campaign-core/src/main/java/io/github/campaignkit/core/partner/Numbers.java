package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.internal.Exact;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;

/** Exact decimal helpers of the partner package: digit bounds and range checks. */
final class Numbers {

    /** The most digits before the decimal point a weight, score or ratio may have. */
    static final int MAX_INTEGER_DIGITS = 12;

    /** The most fraction digits a weight, score or ratio may have. */
    static final int MAX_FRACTION_DIGITS = 6;

    private Numbers() {
    }

    /**
     * The value as given, with its own scale ({@code 30}, {@code 2.50}), so that a document writes
     * back as it was read (a negative scale becomes the plain shortest form); refused when it really
     * has too many digits on either side of the point (trailing zeros do not count).
     *
     * @throws IllegalArgumentException naming {@code field}
     */
    static BigDecimal normal(BigDecimal value, String field) {
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw InvalidValueException.of(ValueViolation.INTEGER_DIGITS, field, value, MAX_INTEGER_DIGITS);
        }
        BigDecimal stripped = Exact.shortest(value);
        if (stripped.scale() > MAX_FRACTION_DIGITS) {
            throw InvalidValueException.of(ValueViolation.FRACTION_DIGITS, field, value, MAX_FRACTION_DIGITS);
        }
        return value.scale() < 0 ? stripped : value;
    }

    /**
     * A percentage between 0 and 100, both included, with the scale it was given.
     *
     * @throws IllegalArgumentException naming {@code field}
     */
    static BigDecimal percent(BigDecimal value, String field) {
        BigDecimal normal = normal(value, field);
        if (normal.signum() < 0 || normal.compareTo(Percentages.HUNDRED) > 0) {
            throw InvalidValueException.of(ValueViolation.PERCENT, field, value);
        }
        return normal;
    }

    /** The plain text of a value for a message: {@code 99.5}. */
    static String text(BigDecimal value) {
        return Exact.shortest(value).toPlainString();
    }
}
