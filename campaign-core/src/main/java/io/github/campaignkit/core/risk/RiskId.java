package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a risk of a campaign's risk register (风险预案表), for example {@code R1} or
 * {@code 线下遇雨}. Two ids are the same risk when their values are equal.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record RiskId(String value) implements Comparable<RiskId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public RiskId {
        Checks.id(value, "value");
    }

    /**
     * The identifier with the given value.
     *
     * @param value the identifier
     * @return the identifier
     */
    public static RiskId of(String value) {
        return new RiskId(value);
    }

    @Override
    public int compareTo(RiskId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
