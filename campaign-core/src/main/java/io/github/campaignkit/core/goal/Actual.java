package io.github.campaignkit.core.goal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An actual value of a metric and where it comes from: the value an evaluation row shows and its
 * provenance. The campaign gives the tracked and computed ones ({@code Campaign#evaluation()});
 * recorded ones are a goal's {@link GoalResult}.
 *
 * @param value  the value, in the metric's unit
 * @param source where it comes from
 */
public record Actual(BigDecimal value, ActualSource source) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Actual {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /**
     * An actual the dashboard's totals give.
     *
     * @param value the total
     * @return the actual
     */
    public static Actual tracked(BigDecimal value) {
        return new Actual(value, ActualSource.TRACKED);
    }

    /**
     * An actual computed from other actuals and the budget.
     *
     * @param value the computed value
     * @return the actual
     */
    public static Actual computed(BigDecimal value) {
        return new Actual(value, ActualSource.COMPUTED);
    }

    /**
     * An actual typed into the evaluation.
     *
     * @param value the value
     * @return the actual
     */
    public static Actual recorded(BigDecimal value) {
        return new Actual(value, ActualSource.RECORDED);
    }
}
