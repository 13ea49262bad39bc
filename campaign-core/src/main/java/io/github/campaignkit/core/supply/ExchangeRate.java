package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An explicit exchange rate stated with a quote: one unit of {@code from} is worth {@code rate}
 * units of {@code to}. The library never looks rates up; a quote in a foreign currency is compared
 * only when its rate is given.
 *
 * @param from the currency of the quoted price
 * @param to   the currency of the need's budget line
 * @param rate how many units of {@code to} one unit of {@code from} is worth, above zero
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the currencies are the same ({@code to}) or the rate is
     *                                  not above zero ({@code rate})
     */
    public ExchangeRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        if (from.equals(to)) {
            throw InvalidValueException.of(SupplyViolation.SAME_CURRENCY, "to", from.getCurrencyCode());
        }
        if (rate.signum() <= 0) {
            throw InvalidValueException.of(ValueViolation.NOT_POSITIVE, "rate", rate);
        }
    }

    /**
     * The rate between two currencies.
     *
     * @param from the currency of the price
     * @param to   the currency it converts to
     * @param rate units of {@code to} per unit of {@code from}, e.g. {@code "7.1"}
     * @return the rate
     */
    public static ExchangeRate of(Currency from, Currency to, String rate) {
        Objects.requireNonNull(rate, "rate");
        return new ExchangeRate(from, to, new BigDecimal(rate));
    }

    /**
     * Converts an amount, rounded once (half even) to the target currency's minor unit.
     *
     * @param money an amount in {@code from}
     * @return the amount in {@code to}
     * @throws IllegalArgumentException if the amount is not in {@code from}, naming {@code money}
     */
    public Money convert(Money money) {
        Objects.requireNonNull(money, "money");
        if (!money.currency().equals(from)) {
            throw InvalidValueException.of(SupplyViolation.RATE_CURRENCY, "money", money.currency().getCurrencyCode(), from.getCurrencyCode());
        }
        return Money.rounded(money.amount().multiply(rate), to);
    }
}
