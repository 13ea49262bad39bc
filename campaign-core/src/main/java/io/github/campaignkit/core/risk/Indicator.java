package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;

/**
 * Names an external reading that risk triggers compare with a value, for example {@code 降雨概率}
 * (rain probability from a weather forecast, in percent) or {@code 舆情负面指数} (a sentiment score).
 * Readings of an indicator are recorded in the {@link RiskRegister#readings() register}; the
 * register does not declare indicators, so an indicator nobody has recorded a reading for simply
 * has no data, and a trigger on it never fires.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record Indicator(String value) implements Comparable<Indicator> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public Indicator {
        Checks.id(value, "value");
    }

    /**
     * The identifier with the given value.
     *
     * @param value the identifier
     * @return the identifier
     */
    public static Indicator of(String value) {
        return new Indicator(value);
    }

    @Override
    public int compareTo(Indicator other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
