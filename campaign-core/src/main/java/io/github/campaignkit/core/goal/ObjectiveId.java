package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a strategic objective that goals serve, for example {@code 新客获取} or {@code O1}. Two ids are the same objective when their values are equal.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record ObjectiveId(String value) implements Comparable<ObjectiveId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public ObjectiveId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static ObjectiveId of(String value) {
        return new ObjectiveId(value);
    }

    @Override
    public int compareTo(ObjectiveId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
