package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.rule.Labelled;

/**
 * Stands for "every channel together" where a channel is expected: in messages and rendered
 * dashboards, for a {@link KpiTarget} without a channel (seed 004's 整体 row).
 */
public enum AllChannels implements Labelled {
    /** 整体: all channels summed. */
    ALL
}
