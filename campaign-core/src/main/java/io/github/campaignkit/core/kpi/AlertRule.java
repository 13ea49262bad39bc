package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * An alert rule: when its condition holds for a dashboard row, the row's status is raised to at
 * least this rule's status. Rules are data and may be stored with the campaign.
 *
 * @param condition when the rule fires
 * @param raises    the status it raises a row to, {@link AlertStatus#WARNING} or
 *                  {@link AlertStatus#CRITICAL}
 * @param metric    the only metric it applies to, empty for every metric
 */
public record AlertRule(AlertCondition condition, AlertStatus raises, Optional<MetricId> metric) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the rule raises {@link AlertStatus#NORMAL}
     */
    public AlertRule {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(raises, "raises");
        Checks.optional(metric, "metric");
        if (raises == AlertStatus.NORMAL) {
            throw InvalidValueException.of(KpiViolation.NORMAL_STATUS, "raises");
        }
    }

    /**
     * A warning rule for every metric.
     *
     * @param condition when it fires
     * @return the rule
     */
    public static AlertRule warning(AlertCondition condition) {
        return new AlertRule(condition, AlertStatus.WARNING, Optional.empty());
    }

    /**
     * A critical rule for every metric.
     *
     * @param condition when it fires
     * @return the rule
     */
    public static AlertRule critical(AlertCondition condition) {
        return new AlertRule(condition, AlertStatus.CRITICAL, Optional.empty());
    }

    /**
     * This rule restricted to one metric.
     *
     * @param only the metric
     * @return a copy
     */
    public AlertRule forMetric(MetricId only) {
        return new AlertRule(condition, raises, Optional.of(only));
    }

    /**
     * Whether the rule applies to rows of a metric.
     *
     * @param id the row's metric
     * @return true when the rule is for every metric or for this one
     */
    public boolean appliesTo(MetricId id) {
        return metric.isEmpty() || metric.get().equals(id);
    }
}
