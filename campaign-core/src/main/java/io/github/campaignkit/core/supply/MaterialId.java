package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a material (物料) within a {@link SupplyPlan}'s 物料清单.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record MaterialId(String value) implements Comparable<MaterialId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public MaterialId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static MaterialId of(String value) {
        return new MaterialId(value);
    }

    @Override
    public int compareTo(MaterialId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
