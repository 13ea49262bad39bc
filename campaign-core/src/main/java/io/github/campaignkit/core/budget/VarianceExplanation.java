package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.InvalidValueException;
import java.util.Objects;

/**
 * Why a line's actual spend differs from its budget (差异说明).
 *
 * @param line the line
 * @param text the explanation, not blank
 */
public record VarianceExplanation(BudgetLineId line, String text) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the text is blank, naming {@code text}
     */
    public VarianceExplanation {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw InvalidValueException.of(BudgetViolation.EXPLANATION_BLANK, "text");
        }
    }
}
