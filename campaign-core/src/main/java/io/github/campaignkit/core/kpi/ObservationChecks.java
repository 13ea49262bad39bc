package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.Aggregation;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.UnitKind;
import io.github.campaignkit.core.rule.Violation;

/** The checks one observation must pass against the catalogue, shared by every way in. */
final class ObservationChecks {

    private ObservationChecks() {
    }

    /**
     * The problem that keeps an observation out of every sum, or null when there is none.
     *
     * @param o      the observation
     * @param metric its metric in the catalogue, null when the catalogue does not know it
     * @param path   the path to report
     */
    static Violation problem(Observation o, Metric metric, String path) {
        if (metric == null) {
            return Violation.of(KpiViolation.OBSERVATION_UNKNOWN_METRIC, path + (path.isEmpty() ? "" : ".metric"),
                    o.metric(), o.channel().name(), o.date().toString());
        }
        if (metric.aggregation() == Aggregation.RATE) {
            return Violation.of(KpiViolation.OBSERVATION_RATE_METRIC, path + (path.isEmpty() ? "" : ".metric"),
                    o.metric(), o.channel().name(), o.date().toString());
        }
        if (metric.unit().kind() == UnitKind.COUNT) {
            if (o.value().signum() < 0) {
                return Violation.of(KpiViolation.OBSERVATION_NEGATIVE_COUNT, path + (path.isEmpty() ? "" : ".value"),
                        o.metric(), o.channel().name(), o.date().toString(), o.value());
            }
            if (o.value().scale() > 0 && o.value().stripTrailingZeros().scale() > 0) {
                return Violation.of(KpiViolation.OBSERVATION_FRACTIONAL_COUNT, path + (path.isEmpty() ? "" : ".value"),
                        o.metric(), o.channel().name(), o.date().toString(), o.value());
            }
        }
        return null;
    }

    static Violation duplicate(Observation o, String path) {
        return Violation.of(KpiViolation.OBSERVATION_DUPLICATE, path, o.metric(), o.channel().name(),
                o.date().toString());
    }
}
