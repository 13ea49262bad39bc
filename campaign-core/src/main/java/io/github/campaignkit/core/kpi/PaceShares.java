package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.internal.Fraction;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The exact share a {@link Pace} expects, before it is rounded: alerts compare it with their
 * tolerances exactly, and {@link Pace#expected} rounds it for display.
 */
final class PaceShares {

    private PaceShares() {
    }

    static Fraction share(Pace pace, DateRange period, List<Phase> phases, LocalDate asOf) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(phases, "phases");
        Objects.requireNonNull(asOf, "asOf");
        if (pace instanceof Pace.PhaseWeighted weighted) {
            // share = Σ w·e/d / Σ w, kept as one fraction
            BigDecimal numerator = BigDecimal.ZERO;
            BigDecimal denominator = BigDecimal.ONE;
            BigDecimal total = BigDecimal.ZERO;
            for (Phase phase : phases) {
                BigDecimal weight = weighted.weights().getOrDefault(phase.kind(), BigDecimal.ZERO);
                if (weight.signum() == 0 || !phase.range().overlaps(period)) {
                    continue;
                }
                DateRange cut = DateRange.of(max(phase.range().start(), period.start()),
                        min(phase.range().end(), period.end()));
                BigDecimal days = BigDecimal.valueOf(cut.days());
                BigDecimal term = weight.multiply(BigDecimal.valueOf(elapsed(cut, asOf)));
                // n/d + term/days = (n·days + term·d) / (d·days)
                numerator = numerator.multiply(days).add(term.multiply(denominator));
                denominator = denominator.multiply(days);
                total = total.add(weight);
            }
            if (total.signum() != 0) {
                return Fraction.percent(numerator, denominator.multiply(total));
            }
        }
        return Fraction.percent(BigDecimal.valueOf(elapsed(period, asOf)), BigDecimal.valueOf(period.days()));
    }

    /** The days of a range begun by the end of {@code asOf}: 0 before it, all of them after it. */
    private static long elapsed(DateRange range, LocalDate asOf) {
        if (asOf.isBefore(range.start())) {
            return 0;
        }
        if (!asOf.isBefore(range.end())) {
            return range.days();
        }
        return ChronoUnit.DAYS.between(range.start(), asOf) + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
