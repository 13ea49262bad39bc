package io.github.campaignkit.core.rule;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A check over a value that returns every violation it finds (an empty sequence when the value
 * passes). Rules are pure: the same value always gives the same violations.
 *
 * @param <T> the type of value checked
 */
@FunctionalInterface
public interface Rule<T> {

    /**
     * Checks a value.
     *
     * @param value the value, never null
     * @return every violation found, empty when none
     */
    Seq<Violation> check(T value);

    /**
     * This rule followed by another; the violations of both are kept.
     *
     * @param other the rule to run after this one
     * @return the combined rule
     */
    default Rule<T> and(Rule<? super T> other) {
        Objects.requireNonNull(other, "other");
        return value -> check(value).appendAll(other.check(value));
    }

    /**
     * This rule run on a part of a value, its paths prefixed with the part's path.
     *
     * @param prefix the path of the part, e.g. {@code profile}
     * @return a rule whose violations carry the longer paths
     */
    default Rule<T> under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return value -> check(value).map(v -> v.under(prefix));
    }

    /**
     * A rule that runs all the given rules and keeps every violation.
     *
     * @param rules the rules, in order
     * @param <T>   the type of value checked
     * @return the combined rule
     */
    @SafeVarargs
    static <T> Rule<T> all(Rule<? super T>... rules) {
        Seq<Rule<? super T>> list = List.of(rules);
        list.forEach(r -> Objects.requireNonNull(r, "rules[]"));
        return value -> list.flatMap(r -> r.check(value));
    }
}
