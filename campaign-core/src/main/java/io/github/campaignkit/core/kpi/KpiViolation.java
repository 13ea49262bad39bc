package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes package {@code kpi} raises: bad observations, bad dashboard lines, late data, alerts. */
public enum KpiViolation implements ViolationCode {
    /** An observation of a metric the catalogue does not know. */
    OBSERVATION_UNKNOWN_METRIC("kpi.observation.unknown-metric", Severity.ERROR),
    /** An observation of a rate metric, whose value is computed from its parts. */
    OBSERVATION_RATE_METRIC("kpi.observation.rate-metric", Severity.ERROR),
    /** A negative count. */
    OBSERVATION_NEGATIVE_COUNT("kpi.observation.negative-count", Severity.ERROR),
    /** A count with a fraction. */
    OBSERVATION_FRACTIONAL_COUNT("kpi.observation.fractional-count", Severity.ERROR),
    /** A second observation for the same metric, channel and date. */
    OBSERVATION_DUPLICATE("kpi.observation.duplicate", Severity.ERROR),
    /** An observation without a source. */
    OBSERVATION_SOURCE_BLANK("kpi.observation.source-blank", Severity.ERROR),
    /** A dashboard line for a metric the catalogue does not know. */
    TARGET_UNKNOWN_METRIC("kpi.target.unknown-metric", Severity.ERROR),
    /** Two dashboard lines for the same metric and channel. */
    TARGET_DUPLICATE("kpi.target.duplicate", Severity.ERROR),
    /** A dashboard line whose target has no level (an uplift: a line has no baseline). */
    TARGET_NO_LEVEL("kpi.target.no-level", Severity.ERROR),
    /** A dashboard line whose target level is zero or negative. */
    TARGET_ZERO("kpi.target.zero", Severity.ERROR),
    /** A dashboard line whose range's minimum exceeds its maximum. */
    TARGET_RANGE_INVERTED("kpi.target.range-inverted", Severity.ERROR),
    /** An all-channel line for a metric whose values do not add up across channels. */
    TARGET_NOT_ADDITIVE("kpi.target.not-additive", Severity.ERROR),
    /** A cadence for a metric the catalogue does not know. */
    CADENCE_UNKNOWN_METRIC("kpi.cadence.unknown-metric", Severity.ERROR),
    /** Two cadences for the same metric. */
    CADENCE_DUPLICATE("kpi.cadence.duplicate", Severity.ERROR),
    /** An alert rule for a metric the catalogue does not know. */
    RULE_UNKNOWN_METRIC("kpi.rule.unknown-metric", Severity.ERROR),
    /** Observations due by the cadence are missing. */
    DATA_LATE("kpi.data.late", Severity.WARNING),
    /** A row more than the tolerated share below the target expected by now. */
    ALERT_BELOW_TARGET("kpi.alert.below-target", Severity.WARNING),
    /** A row more than the tolerated points behind pace. */
    ALERT_BELOW_PACE("kpi.alert.below-pace", Severity.WARNING),
    /** A rate below its floor. */
    ALERT_RATE_BELOW("kpi.alert.rate-below", Severity.WARNING),
    /** An alert nobody acknowledged within the response time. */
    ALERT_UNANSWERED("kpi.alert.unanswered", Severity.ERROR),
    /** An alert acknowledged after the response time. */
    ALERT_ANSWERED_LATE("kpi.alert.answered-late", Severity.WARNING),
    /** An acknowledgement for a row and day without an alert. */
    ACKNOWLEDGEMENT_NO_ALERT("kpi.acknowledgement.no-alert", Severity.ERROR),
    /** An acknowledgement without an analysis. */
    ACKNOWLEDGEMENT_ANALYSIS_BLANK("kpi.acknowledgement.analysis-blank", Severity.ERROR),
    /** A refused value: Must be WARNING or CRITICAL, not NORMAL. */
    NORMAL_STATUS("kpi.value.normal-status", Severity.ERROR),
    /** A refused value: Totals of … cannot merge into totals of …. */
    TOTALS_DATE("kpi.value.totals-date", Severity.ERROR),
    /** A refused value: The weight of … is negative: …. */
    NEGATIVE_WEIGHT("kpi.value.negative-weight", Severity.ERROR),
    /** A refused value: At least one weight must be positive: …. */
    NO_POSITIVE_WEIGHT("kpi.value.no-positive-weight", Severity.ERROR);

    private final String code;
    private final Severity severity;

    KpiViolation(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
