package io.github.campaignkit.core.internal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Normal forms of exact decimals. Internal: not part of campaignkit's API.
 */
public final class Exact {

    private Exact() {
    }

    /**
     * The shortest form of a value: no trailing zeros and never a negative scale, so that equal
     * values make equal records and read the same way ({@code 800}, {@code 2.5}, {@code 0}).
     *
     * @param value the value
     * @return the value in its shortest form
     */
    public static BigDecimal shortest(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
