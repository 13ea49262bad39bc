package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a supplier (供应商), e.g. a registration number or a short name. Two ids are the same supplier when their values are equal; a supplier keeps its id across campaigns, so that its {@link SupplierHistory history} can be collected.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record SupplierId(String value) implements Comparable<SupplierId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public SupplierId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static SupplierId of(String value) {
        return new SupplierId(value);
    }

    @Override
    public int compareTo(SupplierId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
