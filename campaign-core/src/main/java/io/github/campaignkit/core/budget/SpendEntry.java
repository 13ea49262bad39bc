package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One actual spend against a budget line (实际支出): when, how much, to whom, and which partner paid
 * it when the costs are shared.
 *
 * <p>A line's actual is the sum of its entries; a line with no entry has no actual yet. Recording
 * zero (with a note saying why nothing was spent) gives the line an actual of zero.
 *
 * @param line     the line the money was spent on
 * @param date     the day it was spent
 * @param amount   how much, not negative
 * @param supplier who was paid (供应商), if known
 * @param note     a note; required when the amount is zero
 * @param paidBy   the partner who paid it, for cost sharing
 */
@Value.Builder
public record SpendEntry(BudgetLineId line, LocalDate date, Money amount, Optional<String> supplier,
                         Optional<String> note, Optional<PartnerId> paidBy) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the amount is negative, naming {@code amount}, or zero
     *                                  without a note, naming {@code note}
     */
    public SpendEntry {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Checks.optional(supplier, "supplier");
        Checks.optional(note, "note");
        Checks.optional(paidBy, "paidBy");
        if (amount.isNegative()) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "amount", amount);
        }
        if (amount.isZero() && note.filter(n -> !n.isBlank()).isEmpty()) {
            throw InvalidValueException.of(BudgetViolation.ZERO_SPEND_NOTE, "note");
        }
    }

    /**
     * A spend entry without supplier, note or payer.
     *
     * @param line   the line
     * @param date   the day
     * @param amount how much, above zero
     * @return the entry
     */
    public static SpendEntry of(BudgetLineId line, LocalDate date, Money amount) {
        return new SpendEntry(line, date, amount, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A builder for an entry.
     *
     * @return a new builder
     */
    public static SpendEntryBuilder builder() {
        return new SpendEntryBuilder();
    }

    /**
     * A builder that starts from this entry.
     *
     * @return a builder holding every component of this entry
     */
    public SpendEntryBuilder toBuilder() {
        return new SpendEntryBuilder().from(this);
    }
}
