package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The share of a target expected by a given day: the line a cumulative result is compared with, so
 * that "42.5% achieved" can be on pace on day 5 of 11 and "60% achieved" behind it when its own
 * period is nearly over.
 *
 * <p>A day counts as elapsed once it has begun: the dashboard of a day includes that day's data
 * ("today"), so its pace includes that day's share. Before the period starts the pace is 0; from
 * its last day on it is 100.
 */
public sealed interface Pace {

    /**
     * The share of the target expected by the end of {@code asOf}, in percent, at the given scale.
     *
     * @param period the days the target is to be reached over
     * @param phases the campaign's phases (a weighted pace uses them)
     * @param asOf   the day of the dashboard
     * @param scale  the decimals of the result
     * @return 0 to 100
     */
    BigDecimal expected(DateRange period, List<Phase> phases, LocalDate asOf, int scale);

    /**
     * Time elapsed over the period: day 5 of 11 expects 45.5%.
     *
     * @return the linear pace, the default
     */
    static Pace linear() {
        return new Linear();
    }

    /**
     * Weighted by phase: each phase contributes its weight's share of the target, spread evenly over
     * its days, so that a burst with most of the weight expects most of the result late.
     *
     * @param weights the weight of each phase kind; a kind without a weight contributes nothing
     * @return the weighted pace
     */
    static Pace byPhase(Map<PhaseKind, BigDecimal> weights) {
        return new PhaseWeighted(weights);
    }

    /** The linear pace: elapsed days over the period's days. */
    record Linear() implements Pace {

        @Override
        public BigDecimal expected(DateRange period, List<Phase> phases, LocalDate asOf, int scale) {
            return PaceShares.share(this, period, phases, asOf).rounded(scale);
        }
    }

    /**
     * The phase-weighted pace. The phases considered are those that overlap the period, each cut to
     * it; days of the period outside every phase add nothing. When no weighted phase overlaps the
     * period the pace falls back to linear.
     *
     * @param weights the weight of each phase kind, none negative, at least one positive
     */
    record PhaseWeighted(Map<PhaseKind, BigDecimal> weights) implements Pace {

        /**
         * Checks and copies the weights.
         *
         * @throws NullPointerException     if the map, a key or a value is null
         * @throws IllegalArgumentException if a weight is negative or none is positive
         */
        public PhaseWeighted {
            Map<PhaseKind, BigDecimal> ordered = new java.util.EnumMap<>(PhaseKind.class);
            ordered.putAll(Checks.map(weights, "weights"));
            // In phase order, so that a document writes the weights the same way every time.
            weights = java.util.Collections.unmodifiableMap(ordered);
            for (Map.Entry<PhaseKind, BigDecimal> e : weights.entrySet()) {
                if (e.getValue().signum() < 0) {
                    throw InvalidValueException.of(KpiViolation.NEGATIVE_WEIGHT, "weights", e.getKey(), e.getValue());
                }
            }
            if (weights.values().stream().noneMatch(w -> w.signum() > 0)) {
                throw InvalidValueException.of(KpiViolation.NO_POSITIVE_WEIGHT, "weights", weights);
            }
        }

        @Override
        public BigDecimal expected(DateRange period, List<Phase> phases, LocalDate asOf, int scale) {
            return PaceShares.share(this, period, phases, asOf).rounded(scale);
        }
    }
}
