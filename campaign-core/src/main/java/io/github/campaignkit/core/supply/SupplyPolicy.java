package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;

/**
 * How many quotes a supplier need must compare before a supplier is chosen, unless a waiver is
 * recorded. Seeds 000 and 002 ask for at least three (选择3家以上供应商).
 *
 * @param minimumQuotes the number of comparable quotes, at least 1
 */
public record SupplyPolicy(int minimumQuotes) {

    private static final SupplyPolicy STANDARD = new SupplyPolicy(3);

    /**
     * Checks the number.
     *
     * @throws IllegalArgumentException if it is below 1, naming {@code minimumQuotes}
     */
    public SupplyPolicy {
        if (minimumQuotes < 1) {
            throw InvalidValueException.of(ValueViolation.BELOW, "minimumQuotes", minimumQuotes, 1);
        }
    }

    /**
     * The seeds' policy: at least three quotes per need.
     *
     * @return the policy
     */
    public static SupplyPolicy standard() {
        return STANDARD;
    }
}
