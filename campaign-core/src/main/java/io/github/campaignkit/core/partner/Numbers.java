package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.internal.Exact;
import io.github.campaignkit.core.internal.Percentages;
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
            throw new IllegalArgumentException(field + ": more than " + MAX_INTEGER_DIGITS
                    + " digits before the point: " + value);
        }
        BigDecimal stripped = Exact.shortest(value);
        if (stripped.scale() > MAX_FRACTION_DIGITS) {
            throw new IllegalArgumentException(field + ": " + value.toPlainString() + " has more than "
                    + MAX_FRACTION_DIGITS + " fraction digits");
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
            throw new IllegalArgumentException(field + ": a percentage lies between 0 and 100, not "
                    + value.toPlainString());
        }
        return normal;
    }

    /** The plain text of a value for a message: {@code 99.5}. */
    static String text(BigDecimal value) {
        return Exact.shortest(value).toPlainString();
    }
}
