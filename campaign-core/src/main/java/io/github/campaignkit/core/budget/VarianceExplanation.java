package io.github.campaignkit.core.budget;

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
            throw new IllegalArgumentException("text: a variance explanation must not be blank");
        }
    }
}
