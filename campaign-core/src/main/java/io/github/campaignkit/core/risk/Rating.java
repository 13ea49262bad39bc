package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;

/**
 * A point on a likelihood or impact scale (可能性 / 影响程度), identified by a stable code such as
 * {@code MEDIUM}. Which ratings exist, in which order and with which labels, is the
 * {@link RatingScale}'s business; a rating on its own is only a code. The constants name the codes
 * of the built-in {@linkplain RatingScale#threeLevel() three-level} and
 * {@linkplain RatingScale#fiveLevel() five-level} scales. Ratings are deliberately not
 * {@link Comparable}: only a scale knows their order ({@link RatingScale#rank(Rating)}).
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record Rating(String value) {

    /** 很低 / very low, on the five-level scale. */
    public static final Rating VERY_LOW = new Rating("VERY_LOW");
    /** 低 / low. */
    public static final Rating LOW = new Rating("LOW");
    /** 中 / medium. */
    public static final Rating MEDIUM = new Rating("MEDIUM");
    /** 高 / high. */
    public static final Rating HIGH = new Rating("HIGH");
    /** 很高 / very high, on the five-level scale. */
    public static final Rating VERY_HIGH = new Rating("VERY_HIGH");

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public Rating {
        Checks.id(value, "value");
    }

    /**
     * The identifier with the given value.
     *
     * @param value the identifier
     * @return the identifier
     */
    public static Rating of(String value) {
        return new Rating(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
