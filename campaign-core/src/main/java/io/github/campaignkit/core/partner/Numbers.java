package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.internal.Exact;
import io.github.campaignkit.core.internal.Percentages;
import java.math.BigDecimal;

/** Exact decimal helpers of the partner package: normal forms and range checks. */
final class Numbers {

    /** The most digits before the decimal point a weight, score or ratio may have. */
    static final int MAX_INTEGER_DIGITS = 12;

    /** The most fraction digits a weight, score or ratio may have. */
    static final int MAX_FRACTION_DIGITS = 6;

    private Numbers() {
    }

    /**
     * The shortest form of a value ({@code 30}, {@code 2.5}, {@code 0}), so that equal values make
     * equal records; refused when it has too many digits on either side of the point.
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
        return stripped;
    }

    /**
     * A percentage between 0 and 100, both included, in its shortest form.
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
