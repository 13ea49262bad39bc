package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a partner company of a cross-industry campaign (seed 003: 主导方 and 配合方), for example
 * {@code 科技公司A}. Cost-sharing agreements and settlements name partners by it; the partners
 * themselves (roles, duties, contacts) are described elsewhere. Two ids are the same partner when
 * their values are equal.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record PartnerId(String value) implements Comparable<PartnerId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public PartnerId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    @Override
    public int compareTo(PartnerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
