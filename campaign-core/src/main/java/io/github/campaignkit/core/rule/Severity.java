package io.github.campaignkit.core.rule;

/**
 * How much a {@link Violation} matters.
 *
 * <p>An {@link #ERROR} blocks a lifecycle gate and makes a {@link Rules#validate validation} fail; a
 * {@link #WARNING} is reported but blocks nothing.
 */
public enum Severity implements Labelled {
    /** Blocks the gate or command it was found for. */
    ERROR,
    /** Reported, but blocks nothing. */
    WARNING
}
