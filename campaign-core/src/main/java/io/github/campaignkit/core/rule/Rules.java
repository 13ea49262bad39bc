package io.github.campaignkit.core.rule;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Turns the findings of a {@link Rule} into a {@link Validation}.
 */
public final class Rules {

    private Rules() {
    }

    /**
     * Validates a value: invalid, with every violation (warnings included), when the rule finds
     * at least one {@link Severity#ERROR}; valid otherwise. Warnings alone do not make a value
     * invalid; ask the rule itself to see them.
     *
     * @param value the value to check
     * @param rule  the rule
     * @param <T>   the value's type
     * @return the validation
     */
    public static <T> Validation<Seq<Violation>, T> validate(T value, Rule<? super T> rule) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        Seq<Violation> found = rule.check(value);
        return found.exists(Violation::isError) ? Validation.invalid(found) : Validation.valid(value);
    }

    /**
     * Whether any of the violations is an error.
     *
     * @param violations the violations
     * @return true if at least one blocks
     */
    public static boolean hasErrors(Seq<Violation> violations) {
        return violations.exists(Violation::isError);
    }
}
