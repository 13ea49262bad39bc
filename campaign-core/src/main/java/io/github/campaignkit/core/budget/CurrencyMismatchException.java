package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Violation;
import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when amounts of two currencies meet in one computation: adding yuan to dollars has no
 * answer without an exchange rate, and campaignkit never guesses one.
 *
 * <p>It is an {@link InvalidValueException} with the code {@link BudgetViolation#CURRENCY_MIX}, so
 * its message reads in Chinese too. Rules that check whole budgets report the same situation as a
 * {@link BudgetViolation#CURRENCY_MISMATCH} violation instead of throwing.
 */
public final class CurrencyMismatchException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    private final Currency expected;
    private final Currency found;

    /**
     * Creates the exception.
     *
     * @param field    the name of the argument or component that has the other currency
     * @param expected the currency the computation is in
     * @param found    the currency that was met
     */
    public CurrencyMismatchException(String field, Currency expected, Currency found) {
        super(Violation.of(BudgetViolation.CURRENCY_MIX, Objects.requireNonNull(field, "field"),
                Objects.requireNonNull(found, "found").getCurrencyCode(),
                Objects.requireNonNull(expected, "expected").getCurrencyCode()));
        this.expected = expected;
        this.found = found;
    }

    /**
     * The currency the computation is in.
     *
     * @return the expected currency
     */
    public Currency expected() {
        return expected;
    }

    /**
     * The currency that was met.
     *
     * @return the other currency
     */
    public Currency found() {
        return found;
    }
}
