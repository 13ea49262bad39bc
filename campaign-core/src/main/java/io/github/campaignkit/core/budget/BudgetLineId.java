package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a line of a budget, for example {@code L01} or {@code 抖音同城投放}; spend entries and
 * variance explanations refer to lines by it. Two ids are the same line when their values are equal.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record BudgetLineId(String value) implements Comparable<BudgetLineId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public BudgetLineId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static BudgetLineId of(String value) {
        return new BudgetLineId(value);
    }

    @Override
    public int compareTo(BudgetLineId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
