package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How much of something a budget line buys, possibly as a product of factors: 3 人 × 5 天 is 15
 * person-days, 1000 份 is 1000 gifts. The {@linkplain #value() value} is the exact product.
 *
 * @param factors the factors, at least one, in the order they are read
 */
public record Quantity(List<Factor> factors) {

    /**
     * Checks the factors and copies the list.
     *
     * @throws NullPointerException     if the list or a factor is null, naming it
     * @throws IllegalArgumentException if there is no factor, naming {@code factors}
     */
    public Quantity {
        factors = Checks.list(factors, "factors");
        if (factors.isEmpty()) {
            throw InvalidValueException.of(ValueViolation.EMPTY, "factors");
        }
    }

    /**
     * A quantity of one factor: {@code Quantity.of(1000, "份")}.
     *
     * @param value how many, not negative
     * @param unit  of what, may be empty
     * @return the quantity
     */
    public static Quantity of(long value, String unit) {
        return of(BigDecimal.valueOf(value), unit);
    }

    /**
     * A quantity of one factor: {@code Quantity.of(new BigDecimal("2.5"), "天")}.
     *
     * @param value how many, not negative, at most {@value Factor#MAX_FRACTION_DIGITS} fraction digits
     * @param unit  of what, may be empty
     * @return the quantity
     */
    public static Quantity of(BigDecimal value, String unit) {
        return new Quantity(List.of(new Factor(value, unit)));
    }

    /**
     * This quantity times one more factor: {@code Quantity.of(3, "人").times(5, "天")}.
     *
     * @param value how many, not negative
     * @param unit  of what, may be empty
     * @return the longer product
     */
    public Quantity times(long value, String unit) {
        return times(BigDecimal.valueOf(value), unit);
    }

    /**
     * This quantity times one more factor.
     *
     * @param value how many, not negative
     * @param unit  of what, may be empty
     * @return the longer product
     */
    public Quantity times(BigDecimal value, String unit) {
        List<Factor> more = new ArrayList<>(factors);
        more.add(new Factor(value, unit));
        return new Quantity(more);
    }

    /**
     * The exact product of the factors, in its shortest form.
     *
     * @return the value, not negative
     */
    public BigDecimal value() {
        BigDecimal product = BigDecimal.ONE;
        for (Factor factor : factors) {
            product = product.multiply(factor.value());
        }
        return Decimals.normal(product);
    }

    /**
     * The unit of the last factor, which a unit price is quoted per ({@code 元/天}).
     *
     * @return the unit, possibly empty
     */
    public String perUnit() {
        return factors.get(factors.size() - 1).unit();
    }

    /**
     * The factors as written in the seeds: {@code 3人×5天}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return factors.stream().map(Factor::toString).collect(Collectors.joining("×"));
    }

    /**
     * One factor of a quantity: a number and its unit ({@code 3 人}).
     *
     * @param value how many: not negative, at most {@value #MAX_FRACTION_DIGITS} fraction digits
     * @param unit  of what, e.g. {@code 人}, {@code 天}, {@code 份}; may be empty, must not have
     *              surrounding white space or control characters
     */
    public record Factor(BigDecimal value, String unit) {

        /** The most fraction digits a factor may have. */
        public static final int MAX_FRACTION_DIGITS = 6;

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if a component is null, naming it
         * @throws IllegalArgumentException if the value is negative or too precise, naming
         *                                  {@code value}; if the unit is padded or has control
         *                                  characters, naming {@code unit}
         */
        public Factor {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            if (value.signum() < 0) {
                throw InvalidValueException.of(ValueViolation.NEGATIVE, "value", value);
            }
            value = Decimals.atMost(value, MAX_FRACTION_DIGITS, "value");
            if (!unit.isEmpty()) {
                Checks.id(unit, "unit");
            }
        }

        /**
         * The number followed by its unit: {@code 3人}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return value.toPlainString() + unit;
        }
    }
}
