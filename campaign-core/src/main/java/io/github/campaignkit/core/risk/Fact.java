package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.Objects;

/**
 * A fact a {@link TriggerFacts} gives a trigger, with where it came from, so that a firing can show
 * its evidence: the value 50000 from {@code kpi.observations[12]}.
 *
 * @param value  the fact
 * @param source where it came from, as the source names it (a path, a report, a system): not blank
 * @param <T>    the type of the fact
 */
public record Fact<T>(T value, String source) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the source is blank
     */
    public Fact {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw InvalidValueException.of(ValueViolation.BLANK, "source");
        }
    }

    /**
     * A fact from a source.
     *
     * @param value  the fact
     * @param source where it came from
     * @param <T>    the type of the fact
     * @return the fact
     */
    public static <T> Fact<T> of(T value, String source) {
        return new Fact<>(value, source);
    }
}
