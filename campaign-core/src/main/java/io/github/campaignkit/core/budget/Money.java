package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Localizable;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency, exact to the currency's minor unit: {@code 12000.00 CNY}.
 *
 * <p>The amount always carries exactly the currency's fraction digits (CNY and USD 2, JPY 0, KWD 3),
 * so equal amounts are equal values and print the same way. An amount that cannot be written at
 * that precision is <em>refused</em> ({@code 12.345 CNY} throws), never rounded behind the caller's
 * back; the one place rounding happens is {@link #rounded(BigDecimal, Currency)}, once, half even
 * (banker's rounding). Trailing zeros are not precision: {@code 12.500} is accepted as
 * {@code 12.50}.
 *
 * <p>Arithmetic never mixes currencies: {@link #plus}, {@link #minus} and {@link #compareTo} throw a
 * {@link CurrencyMismatchException}. Amounts may be negative (a variance, a refund) or zero.
 * Currencies without a minor unit (gold, test codes) are refused, and so are amounts with more
 * than 24 digits before the point.
 *
 * @param amount   the amount, at the currency's fraction digits
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money>, Localizable {

    /**
     * Checks the currency and brings the amount to the currency's fraction digits without rounding.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the currency has no minor unit, naming {@code currency}, or
     *                                  if the amount has more fraction digits than the currency or
     *                                  more than 24 digits before the point, naming {@code amount}
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = fractionDigits(currency);
        Decimals.bounded(amount, "amount");
        if (Decimals.fractionDigits(amount) > digits) {
            throw InvalidValueException.of(BudgetViolation.CURRENCY_DIGITS, "amount", amount, currency.getCurrencyCode(), digits);
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /**
     * The fraction digits of a currency's minor unit.
     *
     * @param currency the currency
     * @return its fraction digits, e.g. 2 for CNY
     * @throws IllegalArgumentException if the currency has no minor unit, naming {@code currency}
     */
    public static int fractionDigits(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw InvalidValueException.of(BudgetViolation.NO_MINOR_UNIT, "currency", currency.getCurrencyCode());
        }
        return digits;
    }

    /**
     * The money with the given amount, which must be exact at the currency's minor unit.
     *
     * @param amount   the amount
     * @param currency the currency
     * @return the money
     * @throws IllegalArgumentException if the amount is too precise for the currency
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * The money with the given whole amount: {@code Money.of(12000, CNY)} is {@code 12000.00 CNY}.
     *
     * @param amount   the amount in major units
     * @param currency the currency
     * @return the money
     */
    public static Money of(long amount, Currency currency) {
        return new Money(BigDecimal.valueOf(amount), currency);
    }

    /**
     * Parses an amount and an ISO 4217 code: {@code Money.of("12.50", "CNY")}.
     *
     * @param amount       the amount in plain decimal notation
     * @param currencyCode the ISO 4217 code
     * @return the money
     * @throws IllegalArgumentException if the amount is not a number, naming {@code amount}, if the
     *                                  code is unknown, naming {@code currency}, or if the amount is
     *                                  too precise
     */
    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount, "amount"), currency(currencyCode));
    }

    /**
     * The money worth the given number of minor units: {@code ofMinor(1250, CNY)} is {@code 12.50 CNY}.
     *
     * @param minorUnits the amount in minor units (fen, cents)
     * @param currency   the currency
     * @return the money
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, fractionDigits(currency)), currency);
    }

    /**
     * Zero in the given currency.
     *
     * @param currency the currency
     * @return zero
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The money nearest to an exact value, rounded once to the currency's minor unit, half even:
     * how a line amount comes from quantity × unit price ({@code 2.345 CNY} → {@code 2.34 CNY},
     * {@code 2.355 CNY} → {@code 2.36 CNY}).
     *
     * @param exact    the exact value
     * @param currency the currency
     * @return the rounded money
     */
    public static Money rounded(BigDecimal exact, Currency currency) {
        Objects.requireNonNull(exact, "exact");
        Decimals.bounded(exact, "amount");
        return new Money(exact.setScale(fractionDigits(currency), RoundingMode.HALF_EVEN), currency);
    }

    /**
     * Looks up an ISO 4217 currency.
     *
     * @param code the code, e.g. {@code CNY}
     * @return the currency
     * @throws IllegalArgumentException if the code is unknown, naming {@code currency}
     */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "currency");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw InvalidValueException.of(BudgetViolation.UNKNOWN_CURRENCY, "currency", code);
        }
    }

    static BigDecimal parseAmount(String text, String field) {
        Objects.requireNonNull(text, field);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw InvalidValueException.of(ValueViolation.NOT_A_DECIMAL, field, text);
        }
    }

    /**
     * The sum of this and another amount.
     *
     * @param other an amount in the same currency
     * @return the sum
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        return new Money(amount.add(same(other, "other").amount), currency);
    }

    /**
     * This amount less another.
     *
     * @param other an amount in the same currency
     * @return the difference
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        return new Money(amount.subtract(same(other, "other").amount), currency);
    }

    /**
     * This amount with the opposite sign.
     *
     * @return the negated amount
     */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /**
     * This amount without its sign.
     *
     * @return the absolute amount
     */
    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    /**
     * This amount times a whole number, exact.
     *
     * @param factor the factor
     * @return the product
     */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * The sign of the amount.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return amount.signum();
    }

    /**
     * Whether the amount is zero.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Whether the amount is above zero.
     *
     * @return true when positive
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Whether the amount is below zero.
     *
     * @return true when negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Whether this amount is more than another.
     *
     * @param other an amount in the same currency
     * @return true if greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this amount is less than another.
     *
     * @param other an amount in the same currency
     * @return true if less
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * The amount in minor units: {@code 12.50 CNY} is 1250.
     *
     * @return the minor units
     */
    public BigInteger minorUnits() {
        return amount.unscaledValue();
    }

    /**
     * Compares two amounts of the same currency.
     *
     * @param other an amount in the same currency
     * @return negative, zero or positive as this is less, equal or more
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other, "other").amount);
    }

    /**
     * This amount as a reader of the language writes it, with thousands separators and every
     * digit of its scale kept: {@code 12,000.00元} in Chinese for yuan, {@code CNY 12,000.00} in
     * English and for any other currency ({@code USD 2,000.00}). Violation messages show amounts
     * this way.
     *
     * @param locale the reader's language
     * @return the text
     */
    @Override
    public String format(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        int digits = Math.max(0, amount.scale());
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        String number = format.format(amount);
        String code = currency.getCurrencyCode();
        return "zh".equals(locale.getLanguage()) && code.equals("CNY") ? number + "元" : code + " " + number;
    }

    /**
     * The amount in plain notation and the currency code: {@code 12000.00 CNY}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    Money same(Money other, String field) {
        Objects.requireNonNull(other, field);
        if (!other.currency.equals(currency)) {
            throw new CurrencyMismatchException(field, currency, other.currency);
        }
        return other;
    }
}
