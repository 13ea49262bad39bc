package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a goal of a campaign's goal sheet (目标拆解表), for example {@code G1} or {@code 线索获取}. Two ids are the same goal when their values are equal.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record GoalId(String value) implements Comparable<GoalId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public GoalId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static GoalId of(String value) {
        return new GoalId(value);
    }

    @Override
    public int compareTo(GoalId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
