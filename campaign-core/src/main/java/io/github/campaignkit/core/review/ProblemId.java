package io.github.campaignkit.core.review;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a problem found in a retrospective (待改进问题), for example {@code P1}. Two ids are the same when their values are equal.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record ProblemId(String value) implements Comparable<ProblemId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public ProblemId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static ProblemId of(String value) {
        return new ProblemId(value);
    }

    @Override
    public int compareTo(ProblemId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
