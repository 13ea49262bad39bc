package io.github.campaignkit.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quotient of two decimals, for quantities that are compared with a limit before they are
 * rounded for display: an achievement of 1,999 against a target of 3,000 is 66.6333…%, below a
 * 66.64% floor although it displays as 66.64. Internal: not part of campaignkit's API.
 */
public final class Fraction implements Comparable<Fraction> {

    /** Zero. */
    public static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);

    private final BigDecimal numerator;
    private final BigDecimal denominator;

    /** A fraction with a positive denominator, as {@link #of(BigDecimal, BigDecimal)} makes it. */
    private Fraction(BigDecimal numerator, BigDecimal denominator) {
        this.numerator = Objects.requireNonNull(numerator, "numerator");
        this.denominator = Objects.requireNonNull(denominator, "denominator");
    }

    /**
     * {@code numerator / denominator}, whatever their signs; the denominator must not be zero.
     *
     * @param numerator   the numerator
     * @param denominator the denominator, not zero
     * @return the fraction
     */
    public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator: zero");
        }
        return denominator.signum() < 0 ? new Fraction(numerator.negate(), denominator.negate())
                : new Fraction(numerator, denominator);
    }

    /**
     * A decimal as a fraction.
     *
     * @param value the value
     * @return {@code value / 1}
     */
    public static Fraction of(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    /**
     * {@code part × 100 / whole}, exactly.
     *
     * @param part  the part
     * @param whole the whole, not zero
     * @return the percentage
     */
    public static Fraction percent(BigDecimal part, BigDecimal whole) {
        return of(part.multiply(Percentages.HUNDRED), whole);
    }

    /**
     * This minus another.
     *
     * @param other the subtrahend
     * @return the difference, exactly
     */
    public Fraction subtract(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * This as a percentage of another: {@code this × 100 / whole}.
     *
     * @param whole the whole, not zero
     * @return the percentage, exactly
     */
    public Fraction percentOf(Fraction whole) {
        return of(numerator.multiply(whole.denominator).multiply(Percentages.HUNDRED),
                denominator.multiply(whole.numerator));
    }

    /**
     * The sign.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return numerator.signum();
    }

    /**
     * Compares exactly with a decimal.
     *
     * @param value the decimal
     * @return negative, zero or positive as this is below, at or above it
     */
    public int compareTo(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator));
    }

    /**
     * Compares exactly with another fraction.
     *
     * @param other the other
     * @return negative, zero or positive as this is below, at or above it
     */
    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /**
     * The value rounded half up, for display.
     *
     * @param scale the decimals
     * @return the rounded value
     */
    public BigDecimal rounded(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fraction f && compareTo(f) == 0;
    }

    @Override
    public int hashCode() {
        // equal fractions may have different terms; only a rounding can be hashed consistently
        return numerator.divide(denominator, 20, RoundingMode.HALF_UP).stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return numerator.toPlainString() + "/" + denominator.toPlainString();
    }
}
