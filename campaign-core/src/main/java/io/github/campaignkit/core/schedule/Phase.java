package io.github.campaignkit.core.schedule;

import java.util.Objects;

/**
 * One phase of a campaign's window: 预热期 2024-06-01…06-10, for example.
 *
 * @param kind  which phase
 * @param range its days
 */
public record Phase(PhaseKind kind, DateRange range) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Phase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(range, "range");
    }

    /**
     * The phase of the given kind over the given days.
     *
     * @param kind  which phase
     * @param range its days
     * @return the phase
     */
    public static Phase of(PhaseKind kind, DateRange range) {
        return new Phase(kind, range);
    }
}
