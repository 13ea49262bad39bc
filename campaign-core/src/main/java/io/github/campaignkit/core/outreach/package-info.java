/**
 * How a campaign reaches its audience: the channel matrix (渠道触达矩阵表), one {@link
 * io.github.campaignkit.core.outreach.ChannelRow row} per channel, content form and phase with its
 * timing, owner and the metrics (KPIs) it serves, and the creative plan (方案创意表), one {@link
 * io.github.campaignkit.core.outreach.CreativeItem item} per module (theme, format, channels,
 * content) with its design point, content, alternative, owner and due date; both held by an
 * {@link io.github.campaignkit.core.outreach.OutreachPlan}.
 *
 * <p>{@link io.github.campaignkit.core.outreach.OutreachRules} checks that every goal of the goal
 * sheet is served by at least one channel, that every channel serves a known metric, that timings
 * fall in their phase, and that creative work is due during preparation, before the campaign
 * opens. Channels are the KPI dashboard's {@link io.github.campaignkit.core.kpi.Channel}, metrics
 * the goal sheet's {@link io.github.campaignkit.core.goal.MetricId}. This package does not know the
 * campaign that holds a plan; the campaign's gates apply its rules.
 */
package io.github.campaignkit.core.outreach;
