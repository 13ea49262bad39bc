package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a material is delivered: the date the supplier promised and, once it came, the actual date.
 *
 * @param promised the promised delivery date (交付时间)
 * @param actual   the date it actually arrived, once it did
 */
public record Delivery(LocalDate promised, Optional<LocalDate> actual) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Delivery {
        Objects.requireNonNull(promised, "promised");
        Checks.optional(actual, "actual");
    }

    /**
     * A delivery promised for a date, not yet made.
     *
     * @param promised the promised date
     * @return the delivery
     */
    public static Delivery promised(LocalDate promised) {
        return new Delivery(promised, Optional.empty());
    }

    /**
     * This delivery made on a date.
     *
     * @param date the actual date
     * @return a copy
     */
    public Delivery deliveredOn(LocalDate date) {
        return new Delivery(promised, Optional.of(date));
    }

    /**
     * Whether it arrived after the promised date.
     *
     * @return true when the actual date is after the promised one
     */
    public boolean isLate() {
        return actual.filter(a -> a.isAfter(promised)).isPresent();
    }
}
