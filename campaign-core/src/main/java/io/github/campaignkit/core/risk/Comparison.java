package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.Labelled;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a trigger compares an observed figure with its threshold. Figures are compared by value
 * ({@link BigDecimal#compareTo}), so {@code 60} and {@code 60.0} are equal.
 */
public enum Comparison implements Labelled {
    /** {@code <}: below the threshold, as in 首日曝光量 &lt; 50万. */
    BELOW("<"),
    /** {@code ≤}: at most the threshold. */
    AT_MOST("≤"),
    /** {@code >}: above the threshold. */
    ABOVE(">"),
    /** {@code ≥}: at least the threshold, as in 降雨概率 ≥ 60%. */
    AT_LEAST("≥"),
    /** {@code =}: equal to the threshold. */
    EQUAL_TO("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Whether the observed figure stands in this relation to the threshold.
     *
     * @param observed  the figure observed
     * @param threshold the trigger's threshold
     * @return true if, for example for {@link #BELOW}, {@code observed < threshold}
     */
    public boolean test(BigDecimal observed, BigDecimal threshold) {
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(threshold, "threshold");
        int c = observed.compareTo(threshold);
        switch (this) {
            case BELOW:
                return c < 0;
            case AT_MOST:
                return c <= 0;
            case ABOVE:
                return c > 0;
            case AT_LEAST:
                return c >= 0;
            default:
                return c == 0;
        }
    }

    /**
     * The mathematical symbol: {@code <}, {@code ≤}, {@code >}, {@code ≥} or {@code =}.
     *
     * @return the symbol, the same in every language
     */
    public String symbol() {
        return symbol;
    }
}
