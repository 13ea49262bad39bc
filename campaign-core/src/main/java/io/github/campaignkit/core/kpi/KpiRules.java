package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.Aggregation;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules over a {@link KpiTracking} value against a metric catalogue: every line, cadence, rule
 * and observation names a known metric; lines are unique and have a positive level; observations
 * fit their metric's unit, have a source and are alone for their metric, channel and date;
 * acknowledgements answer an alert. Paths are relative to the tracking value
 * ({@code observations[17].value}).
 */
public final class KpiRules {

    private KpiRules() {
    }

    /**
     * The standard rules.
     *
     * @param metrics the campaign's metric catalogue
     * @return the rule
     */
    public static Rule<KpiTracking> standard(Collection<Metric> metrics) {
        Objects.requireNonNull(metrics, "metrics");
        Map<MetricId, Metric> catalogue = new HashMap<>();
        metrics.forEach(m -> catalogue.putIfAbsent(m.id(), m));
        return kpi -> check(kpi, catalogue);
    }

    private static Seq<Violation> check(KpiTracking kpi, Map<MetricId, Metric> catalogue) {
        List<Violation> found = List.empty();
        Set<String> lines = new HashSet<>();
        for (int i = 0; i < kpi.targets().size(); i++) {
            KpiTarget line = kpi.targets().get(i);
            String path = RulePaths.indexed("targets", i);
            Metric metric = catalogue.get(line.metric());
            if (metric == null) {
                found = found.append(Violation.of(KpiViolation.TARGET_UNKNOWN_METRIC, path + ".metric",
                        line.metric()));
                continue;
            }
            if (!lines.add(line.metric().value() + "\u0000" + line.channel().map(Channel::name).orElse(""))) {
                found = found.append(Violation.of(KpiViolation.TARGET_DUPLICATE, path, line.metric(),
                        KpiTracking.channelArgument(line.channel())));
            }
            if (line.target() instanceof Target.Between) {
                Target.Between range = (Target.Between) line.target();
                if (range.min().compareTo(range.max()) > 0) {
                    found = found.append(Violation.of(KpiViolation.TARGET_RANGE_INVERTED, path + ".target",
                            line.metric(), range.min(), range.max()));
                }
            }
            Optional<BigDecimal> level = line.target().level(metric.direction(), Optional.empty());
            if (level.isEmpty()) {
                found = found.append(Violation.of(KpiViolation.TARGET_NO_LEVEL, path + ".target", line.metric()));
            } else if (level.get().signum() <= 0) {
                found = found.append(Violation.of(KpiViolation.TARGET_ZERO, path + ".target", line.metric(),
                        level.get()));
            }
            if (metric.aggregation() == Aggregation.LATEST && line.channel().isEmpty()) {
                found = found.append(Violation.of(KpiViolation.TARGET_NOT_ADDITIVE, path + ".channel",
                        line.metric(), metric.unit().kind()));
            }
        }
        Set<MetricId> cadenced = new HashSet<>();
        for (int i = 0; i < kpi.cadences().size(); i++) {
            MetricCadence c = kpi.cadences().get(i);
            String path = RulePaths.indexed("cadences", i) + ".metric";
            if (!catalogue.containsKey(c.metric())) {
                found = found.append(Violation.of(KpiViolation.CADENCE_UNKNOWN_METRIC, path, c.metric()));
            }
            if (!cadenced.add(c.metric())) {
                found = found.append(Violation.of(KpiViolation.CADENCE_DUPLICATE, path, c.metric()));
            }
        }
        for (int i = 0; i < kpi.alerting().rules().size(); i++) {
            Optional<MetricId> only = kpi.alerting().rules().get(i).metric();
            if (only.isPresent() && !catalogue.containsKey(only.get())) {
                found = found.append(Violation.of(KpiViolation.RULE_UNKNOWN_METRIC,
                        "alerting." + RulePaths.indexed("rules", i) + ".metric", only.get().value()));
            }
        }
        Set<KpiTracking.Key> seen = new HashSet<>();
        for (int i = 0; i < kpi.observations().size(); i++) {
            Observation o = kpi.observations().get(i);
            String path = RulePaths.indexed("observations", i);
            Violation problem = ObservationChecks.problem(o, catalogue.get(o.metric()), path);
            if (problem != null) {
                found = found.append(problem);
            }
            if (o.source().isBlank()) {
                found = found.append(Violation.of(KpiViolation.OBSERVATION_SOURCE_BLANK, path + ".source",
                        o.metric(), o.channel().name(), o.date().toString()));
            }
            if (!seen.add(KpiTracking.Key.of(o))) {
                found = found.append(ObservationChecks.duplicate(o, path));
            }
        }
        for (int i = 0; i < kpi.acknowledgements().size(); i++) {
            Acknowledgement ack = kpi.acknowledgements().get(i);
            String path = RulePaths.indexed("acknowledgements", i);
            if (ack.analysis().isBlank()) {
                found = found.append(Violation.of(KpiViolation.ACKNOWLEDGEMENT_ANALYSIS_BLANK, path + ".analysis"));
            }
            if (kpi.alerts().stream().noneMatch(a -> a.isAnsweredBy(ack))) {
                found = found.append(Violation.of(KpiViolation.ACKNOWLEDGEMENT_NO_ALERT, path, ack.metric(),
                        KpiTracking.channelArgument(ack.channel()), ack.date().toString()));
            }
        }
        return found;
    }
}
