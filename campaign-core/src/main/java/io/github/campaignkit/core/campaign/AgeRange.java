package io.github.campaignkit.core.campaign;

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
            throw new IllegalArgumentException("min: must be 0 to " + MAX_AGE + ": " + min);
        }
        if (max < 0 || max > MAX_AGE) {
            throw new IllegalArgumentException("max: must be 0 to " + MAX_AGE + ": " + max);
        }
        if (max < min) {
            throw new IllegalArgumentException("max: " + max + " is below min " + min);
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
