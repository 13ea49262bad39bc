package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies an issue in a campaign's issue log, for example {@code Q-007}. Two ids are the same
 * issue when their values are equal.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record IssueId(String value) implements Comparable<IssueId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public IssueId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static IssueId of(String value) {
        return new IssueId(value);
    }

    @Override
    public int compareTo(IssueId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
