package io.github.campaignkit.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The one way campaignkit computes a percentage: {@code part × 100 / whole}, rounded once to an
 * explicit scale with {@link RoundingMode#HALF_UP} (42.5%, 127.5%, 549.35%). Internal: not part of
 * campaignkit's API; callers turn a zero {@code whole} into a violation before calling.
 */
public final class Percentages {

    /** One hundred. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /**
     * {@code part × 100 / whole} at the given scale, HALF_UP.
     *
     * @param part  the part
     * @param whole the whole, not zero
     * @param scale the decimals of the result
     * @return the percentage
     * @throws ArithmeticException if {@code whole} is zero
     */
    public static BigDecimal of(BigDecimal part, BigDecimal whole, int scale) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
        return part.multiply(HUNDRED).divide(whole, scale, RoundingMode.HALF_UP);
    }

    /**
     * How {@code part / whole} compares with {@code limit} percent, exactly: {@code part × 100}
     * against {@code limit × whole}, nothing rounded (6,999 of 69,999 is below 10 %, although it
     * rounds to 10.00 %). Limits are compared this way; rounding is for display. The caller makes sure
     * {@code whole} is positive.
     *
     * @param part  the part
     * @param whole the whole, positive
     * @param limit the limit in percent
     * @return negative, zero or positive as the share is below, at or above the limit
     */
    public static int compare(BigDecimal part, BigDecimal whole, BigDecimal limit) {
        return part.multiply(HUNDRED).compareTo(limit.multiply(whole));
    }
}
