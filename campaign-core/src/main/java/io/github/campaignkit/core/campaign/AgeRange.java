package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;

/**
 * An age range in whole years, both ends included: 18–35.
 *
 * @param min the youngest age, 0 to 150
 * @param max the oldest age, {@code min} to 150
 */
public record AgeRange(int min, int max) {

    /** The oldest age accepted. */
    public static final int MAX_AGE = 150;

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException if an end is outside 0–150 or {@code max < min}, naming the field
     */
    public AgeRange {
        if (min < 0 || min > MAX_AGE) {
            throw InvalidValueException.of(ValueViolation.OUT_OF_RANGE, "min", min, 0, MAX_AGE);
        }
        if (max < 0 || max > MAX_AGE) {
            throw InvalidValueException.of(ValueViolation.OUT_OF_RANGE, "max", max, 0, MAX_AGE);
        }
        if (max < min) {
            throw InvalidValueException.of(ValueViolation.BELOW, "max", max, min);
        }
    }

    /**
     * The range from {@code min} to {@code max} years.
     *
     * @param min the youngest age
     * @param max the oldest age
     * @return the range
     */
    public static AgeRange of(int min, int max) {
        return new AgeRange(min, max);
    }

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
