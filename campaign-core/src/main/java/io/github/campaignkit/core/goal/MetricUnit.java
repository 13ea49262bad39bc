package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The unit of a metric's values: a count, an amount in a currency, a percentage, a score or a
 * ratio. Values themselves are {@link java.math.BigDecimal}s; a currency metric carries its
 * {@link Currency} here rather than in every value.
 *
 * @param kind     what the values count
 * @param currency the currency of a {@link UnitKind#CURRENCY} unit, present exactly then
 */
public record MetricUnit(UnitKind kind, Optional<Currency> currency) {

    /**
     * Checks that a currency is given exactly for a currency unit.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if {@code currency} is missing for a currency unit or given
     *                                  for another
     */
    public MetricUnit {
        Objects.requireNonNull(kind, "kind");
        Checks.optional(currency, "currency");
        if ((kind == UnitKind.CURRENCY) != currency.isPresent()) {
            throw InvalidValueException.of(GoalViolation.UNIT_CURRENCY, "currency", kind, currency.map(Currency::getCurrencyCode).orElse("-"));
        }
    }

    /**
     * A count of things.
     *
     * @return the unit
     */
    public static MetricUnit count() {
        return new MetricUnit(UnitKind.COUNT, Optional.empty());
    }

    /**
     * Amounts of money in a currency.
     *
     * @param currency the currency, e.g. {@code Currency.getInstance("CNY")}
     * @return the unit
     */
    public static MetricUnit money(Currency currency) {
        return new MetricUnit(UnitKind.CURRENCY, Optional.of(Objects.requireNonNull(currency, "currency")));
    }

    /**
     * Percentages: 15 means 15%.
     *
     * @return the unit
     */
    public static MetricUnit percent() {
        return new MetricUnit(UnitKind.PERCENT, Optional.empty());
    }

    /**
     * Scores, such as 92 of 100 satisfaction points.
     *
     * @return the unit
     */
    public static MetricUnit score() {
        return new MetricUnit(UnitKind.SCORE, Optional.empty());
    }

    /**
     * Plain ratios: 0.15 means fifteen hundredths.
     *
     * @return the unit
     */
    public static MetricUnit ratio() {
        return new MetricUnit(UnitKind.RATIO, Optional.empty());
    }

    @Override
    public String toString() {
        return currency.map(Currency::getCurrencyCode).orElse(kind.name());
    }
}
