package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A supplier's quote (报价) for one need: price, the date it promises to deliver by, and its terms.
 *
 * <p>A price in another currency than the need's can be compared only with an explicit
 * {@linkplain ExchangeRate exchange rate} from the price's currency to the need's; without one
 * {@link SupplyRules#standard()} reports {@link SupplyViolation#QUOTE_CURRENCY_MISMATCH} and the
 * quote does not count towards the quotes a need must compare.
 *
 * @param supplier     who quotes
 * @param price        the price, exact to its currency
 * @param deliveryBy   the date the supplier promises delivery by (交付时间)
 * @param terms        the terms (payment, service content, …), may be blank
 * @param exchangeRate the rate from the price's currency to the need's, when they differ
 */
@Value.Builder
public record Quote(SupplierId supplier, Money price, LocalDate deliveryBy, String terms,
                    Optional<ExchangeRate> exchangeRate) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the price is negative ({@code price}) or the exchange rate
     *                                  does not convert from the price's currency ({@code exchangeRate})
     */
    public Quote {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(deliveryBy, "deliveryBy");
        Objects.requireNonNull(terms, "terms");
        Checks.optional(exchangeRate, "exchangeRate");
        if (price.isNegative()) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "price", price);
        }
        if (exchangeRate.isPresent() && !exchangeRate.get().from().equals(price.currency())) {
            throw InvalidValueException.of(SupplyViolation.RATE_CURRENCY, "exchangeRate", price.currency().getCurrencyCode(), exchangeRate.get().from().getCurrencyCode());
        }
    }

    /**
     * A builder for a quote.
     *
     * @return a new builder
     */
    public static QuoteBuilder builder() {
        return new QuoteBuilder();
    }

    /**
     * A quote in the need's own currency.
     *
     * @param supplier   who quotes
     * @param price      the price
     * @param deliveryBy the promised delivery date
     * @param terms      the terms
     * @return the quote
     */
    public static Quote of(SupplierId supplier, Money price, LocalDate deliveryBy, String terms) {
        return new Quote(supplier, price, deliveryBy, terms, Optional.empty());
    }

    /**
     * This quote with an exchange rate from its price's currency.
     *
     * @param rate the rate
     * @return a copy
     */
    public Quote withExchangeRate(ExchangeRate rate) {
        return new Quote(supplier, price, deliveryBy, terms, Optional.of(rate));
    }

    /**
     * The price as it is compared in a need's currency: the price itself in that currency, the
     * converted price when the quote states a rate to it, and empty otherwise.
     *
     * @param currency the need's currency
     * @return the comparable price, if there is one
     */
    public Optional<Money> priceIn(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (price.currency().equals(currency)) {
            return Optional.of(price);
        }
        return exchangeRate.filter(rate -> rate.to().equals(currency)).map(rate -> rate.convert(price));
    }
}
