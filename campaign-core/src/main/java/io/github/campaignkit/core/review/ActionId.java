package io.github.campaignkit.core.review;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies an action item of a retrospective (改进行动项, a row of the 问题改进清单), for example {@code A1}. Two ids are the same when their values are equal.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record ActionId(String value) implements Comparable<ActionId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public ActionId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static ActionId of(String value) {
        return new ActionId(value);
    }

    @Override
    public int compareTo(ActionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
