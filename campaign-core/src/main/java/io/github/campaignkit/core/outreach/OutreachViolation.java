package io.github.campaignkit.core.outreach;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes {@link OutreachRules} raise. */
public enum OutreachViolation implements ViolationCode {
    /** The channel matrix has no row. */
    MATRIX_EMPTY("outreach.matrix.empty", Severity.ERROR),
    /** A goal's metric is served by no channel. */
    GOAL_UNSERVED("outreach.goal.unserved", Severity.ERROR),
    /** A channel row serves no metric. */
    CHANNEL_NO_KPI("outreach.channel.no-kpi", Severity.ERROR),
    /** A channel row serves a metric the goal sheet's catalogue does not have. */
    CHANNEL_UNKNOWN_METRIC("outreach.channel.unknown-metric", Severity.ERROR),
    /** A channel row names no content form. */
    CHANNEL_CONTENT_BLANK("outreach.channel.content-blank", Severity.ERROR),
    /** A channel row has no timing. */
    CHANNEL_TIMING_MISSING("outreach.channel.timing-missing", Severity.ERROR),
    /** A channel row runs outside its phase. */
    CHANNEL_OUTSIDE_PHASE("outreach.channel.outside-phase", Severity.ERROR),
    /** A channel row runs outside the campaign window (its phase is not planned). */
    CHANNEL_OUTSIDE_WINDOW("outreach.channel.outside-window", Severity.ERROR),
    /** A creative item has no design point or no content. */
    CREATIVE_BLANK("outreach.creative.blank", Severity.ERROR),
    /** A creative item has no due date. */
    CREATIVE_DUE_MISSING("outreach.creative.due-missing", Severity.ERROR),
    /** A creative item is due on or after the day the campaign opens. */
    CREATIVE_DUE_LATE("outreach.creative.due-late", Severity.ERROR),
    /** A creative item is due before preparation starts. */
    CREATIVE_DUE_EARLY("outreach.creative.due-early", Severity.ERROR),
    /** The creative plan has no item for a module. */
    CREATIVE_MODULE_MISSING("outreach.creative.module-missing", Severity.WARNING);

    private final String code;
    private final Severity severity;

    OutreachViolation(String code, Severity severity) {
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
