package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The price of one unit of something bought by the unit: 800 CNY per person-day, 0.035 CNY per
 * impression. Unlike {@link Money} a unit price may carry up to {@value #MAX_FRACTION_DIGITS}
 * fraction digits, as ad pricing per impression or click does; the {@linkplain #times(Quantity)
 * amount of a line} is rounded once, to the currency, when it is computed.
 *
 * <p>The amount keeps the scale it was given ({@code 800}, {@code 12.50}, {@code 0.035}), so that a
 * stored document writes back what it said; like {@link BigDecimal}, {@code equals} tells
 * {@code 12.5} from {@code 12.50}, and {@code amount().compareTo} compares the prices.
 *
 * @param amount   the price of one unit, not negative, at most {@value #MAX_FRACTION_DIGITS}
 *                 fraction digits
 * @param currency the ISO 4217 currency; it must have a minor unit
 */
public record UnitPrice(BigDecimal amount, Currency currency) {

    /** The most fraction digits a unit price may have. */
    public static final int MAX_FRACTION_DIGITS = 6;

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the amount is negative or has more than
     *                                  {@value #MAX_FRACTION_DIGITS} fraction digits, naming
     *                                  {@code amount}; if the currency has no minor unit, naming
     *                                  {@code currency}
     */
    public UnitPrice {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Money.fractionDigits(currency);
        if (amount.signum() < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "amount", amount);
        }
        amount = Decimals.atMost(amount, MAX_FRACTION_DIGITS, "amount");
    }

    /**
     * The unit price with the given amount.
     *
     * @param amount   the price of one unit
     * @param currency the currency
     * @return the unit price
     */
    public static UnitPrice of(BigDecimal amount, Currency currency) {
        return new UnitPrice(amount, currency);
    }

    /**
     * A whole unit price: {@code UnitPrice.of(800, CNY)}.
     *
     * @param amount   the price of one unit in major units
     * @param currency the currency
     * @return the unit price
     */
    public static UnitPrice of(long amount, Currency currency) {
        return new UnitPrice(BigDecimal.valueOf(amount), currency);
    }

    /**
     * Parses a unit price: {@code UnitPrice.of("0.035", "CNY")}.
     *
     * @param amount       the price in plain decimal notation
     * @param currencyCode the ISO 4217 code
     * @return the unit price
     * @throws IllegalArgumentException if either part cannot be read
     */
    public static UnitPrice of(String amount, String currencyCode) {
        return new UnitPrice(Money.parseAmount(amount, "amount"), Money.currency(currencyCode));
    }

    /**
     * The amount of a quantity at this price: the exact product rounded once to the currency's
     * minor unit, half even. {@code 800 × (3 × 5)} is {@code 12000.00 CNY}.
     *
     * @param quantity the quantity
     * @return the amount
     */
    public Money times(Quantity quantity) {
        Objects.requireNonNull(quantity, "quantity");
        return Money.rounded(amount.multiply(quantity.value()), currency);
    }

    /**
     * The price and currency: {@code 800 CNY}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
