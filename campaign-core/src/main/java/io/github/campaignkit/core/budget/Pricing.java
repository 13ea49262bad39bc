package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.Currency;
import java.util.Objects;

/**
 * How a budget line's amount is set: by {@linkplain PerUnit quantity × unit price} (3 人 × 5 天 ×
 * 800 元/天 = 12,000 元), or as a {@linkplain Fixed fixed amount} (外部讲师费用 5,000 元).
 */
public sealed interface Pricing permits Pricing.PerUnit, Pricing.Fixed {

    /**
     * The line amount this pricing gives, exact to the currency's minor unit.
     *
     * @return the amount
     * @throws IllegalArgumentException if quantity × unit price has more than 24 digits before the
     *                                  point
     */
    Money amount();

    /**
     * The currency of the amount.
     *
     * @return the currency
     */
    Currency currency();

    /**
     * Quantity × unit price, rounded once to the currency (half even).
     *
     * @param quantity  how much is bought
     * @param unitPrice the price of one unit
     * @return the pricing
     */
    static Pricing perUnit(Quantity quantity, UnitPrice unitPrice) {
        return new PerUnit(quantity, unitPrice);
    }

    /**
     * A fixed amount.
     *
     * @param amount the amount, not negative
     * @return the pricing
     */
    static Pricing fixed(Money amount) {
        return new Fixed(amount);
    }

    /**
     * Quantity × unit price: the amount is computed, never typed.
     *
     * @param quantity  how much is bought
     * @param unitPrice the price of one unit
     */
    record PerUnit(Quantity quantity, UnitPrice unitPrice) implements Pricing {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public PerUnit {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unitPrice, "unitPrice");
        }

        @Override
        public Money amount() {
            return unitPrice.times(quantity);
        }

        @Override
        public Currency currency() {
            return unitPrice.currency();
        }
    }

    /**
     * A fixed amount, for what is not bought by the unit (a speaker's fee, a platform package).
     *
     * @param amount the amount, not negative
     */
    record Fixed(Money amount) implements Pricing {

        /**
         * Checks the amount.
         *
         * @throws NullPointerException     if the amount is null
         * @throws IllegalArgumentException if the amount is negative, naming {@code amount}
         */
        public Fixed {
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw InvalidValueException.of(ValueViolation.NEGATIVE, "amount", amount);
            }
        }

        @Override
        public Currency currency() {
            return amount.currency();
        }
    }
}
