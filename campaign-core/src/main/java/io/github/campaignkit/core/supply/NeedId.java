package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a supplier need (采购需求) within a {@link SupplyPlan}: one thing to buy, such as the venue or the stage build, for which quotes are compared.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record NeedId(String value) implements Comparable<NeedId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public NeedId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static NeedId of(String value) {
        return new NeedId(value);
    }

    @Override
    public int compareTo(NeedId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
