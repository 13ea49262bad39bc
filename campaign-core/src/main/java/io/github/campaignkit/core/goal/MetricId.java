package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a metric that goals target and KPI observations measure, for example
 * {@code exposure}, {@code leads} or {@code 有效线索}. Two ids are the same metric when their
 * values are equal.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record MetricId(String value) implements Comparable<MetricId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public MetricId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static MetricId of(String value) {
        return new MetricId(value);
    }

    @Override
    public int compareTo(MetricId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
