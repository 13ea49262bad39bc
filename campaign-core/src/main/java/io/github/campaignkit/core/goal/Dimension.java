package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The dimension a goal belongs to (核心目标维度): one of the seeds' dimensions, or a custom one with
 * its own name (seed 004's 整体效果 for ROI, for example).
 *
 * <p>A custom dimension's name may still be blank in a draft; the SMART rule
 * {@link GoalRules#specific()} reports it.
 *
 * @param kind the dimension
 * @param name the name of a {@link DimensionKind#CUSTOM custom} dimension, present exactly then
 */
public record Dimension(DimensionKind kind, Optional<String> name) {

    /**
     * Checks that a name is given exactly for a custom dimension.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if {@code name} is present for a standard dimension or
     *                                  missing for a custom one
     */
    public Dimension {
        Objects.requireNonNull(kind, "kind");
        Checks.optional(name, "name");
        if ((kind == DimensionKind.CUSTOM) != name.isPresent()) {
            throw InvalidValueException.of(GoalViolation.DIMENSION_NAME, "name", kind, name.orElse("-"));
        }
    }

    /**
     * One of the standard dimensions.
     *
     * @param kind the dimension, not {@link DimensionKind#CUSTOM}
     * @return the dimension
     * @throws IllegalArgumentException for {@link DimensionKind#CUSTOM}; use {@link #custom(String)}
     */
    public static Dimension of(DimensionKind kind) {
        return new Dimension(kind, Optional.empty());
    }

    /**
     * A dimension of the campaign's own.
     *
     * @param name its name, e.g. {@code 整体效果}
     * @return the dimension
     */
    public static Dimension custom(String name) {
        return new Dimension(DimensionKind.CUSTOM, Optional.of(name));
    }

    /**
     * The dimension's name for a reader: the label of a standard dimension, the name of a custom
     * one.
     *
     * @param locale the reader's language
     * @return the name
     */
    public String label(Locale locale) {
        return name.orElseGet(() -> kind.label(locale));
    }
}
