package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The return on a campaign's (or a channel's) cost: ROI = (incremental revenue − cost) / cost ×
 * 100%. Seed 004: cost 77,000, incremental revenue 500,000 → {@linkplain #percent() 549.35%}.
 *
 * <p>The cost must be above zero; {@link #of(Money, Money)} reports a zero or negative cost as a
 * violation ({@link BudgetViolation#COST_NOT_POSITIVE}) rather than throwing, and amounts of two
 * currencies as {@link BudgetViolation#CURRENCY_MISMATCH}.
 *
 * @param cost    what was spent, above zero
 * @param revenue the incremental revenue it brought, in the same currency
 */
public record ReturnOnInvestment(Money cost, Money revenue) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException      if a component is null, naming it
     * @throws CurrencyMismatchException if the revenue is in another currency, naming {@code revenue}
     * @throws IllegalArgumentException  if the cost is not above zero, naming {@code cost}
     */
    public ReturnOnInvestment {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(revenue, "revenue");
        cost.same(revenue, "revenue");
        if (!cost.isPositive()) {
            throw InvalidValueException.of(ValueViolation.NOT_POSITIVE, "cost", cost);
        }
    }

    /**
     * The return of a cost, or the reasons there is none.
     *
     * @param cost    what was spent
     * @param revenue the incremental revenue
     * @return the return, or the violations (paths {@code cost}, {@code revenue})
     */
    public static Validation<Seq<Violation>, ReturnOnInvestment> of(Money cost, Money revenue) {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(revenue, "revenue");
        List<Violation> found = List.empty();
        if (!cost.currency().equals(revenue.currency())) {
            found = found.append(Violation.of(BudgetViolation.CURRENCY_MISMATCH, "revenue",
                    revenue.currency().getCurrencyCode(), cost.currency().getCurrencyCode()));
        }
        if (!cost.isPositive()) {
            found = found.append(Violation.of(BudgetViolation.COST_NOT_POSITIVE, "cost", cost));
        }
        return found.isEmpty() ? Validation.valid(new ReturnOnInvestment(cost, revenue)) : Validation.invalid(found);
    }

    /**
     * Revenue less cost.
     *
     * @return the gain, negative for a loss
     */
    public Money gain() {
        return revenue.minus(cost);
    }

    /**
     * ROI in percent, {@code (revenue − cost) × 100 / cost}, two fraction digits, half up:
     * {@code 549.35} for seed 004. Its sign never contradicts the exact gain; a gain smaller than
     * 0.005% of the cost shows as {@code 0.00}.
     *
     * @return the percentage
     */
    public BigDecimal percent() {
        return Decimals.percent(gain().amount(), cost.amount());
    }

    /**
     * Revenue per unit of cost, two fraction digits, half up: the {@code 5} of "ROI 1:5".
     *
     * @return revenue / cost
     */
    public BigDecimal revenuePerCost() {
        return revenue.amount().divide(cost.amount(), Decimals.PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Whether this return is better than another: more revenue per unit of cost, compared exactly
     * (cross-multiplied, so no rounding decides).
     *
     * @param other the other return
     * @return negative, zero or positive as this earns less, the same or more per unit of cost
     */
    public int compareEfficiency(ReturnOnInvestment other) {
        Objects.requireNonNull(other, "other");
        BigDecimal mine = revenue.amount().multiply(other.cost.amount());
        BigDecimal theirs = other.revenue.amount().multiply(cost.amount());
        return mine.compareTo(theirs);
    }
}
