/**
 * The KPI dashboard (数据监控看板) and its alerts: what is observed
 * ({@link io.github.campaignkit.core.kpi.Observation observations} per metric, channel and day,
 * with a {@link io.github.campaignkit.core.kpi.Cadence cadence} per metric), what each channel
 * must reach ({@link io.github.campaignkit.core.kpi.KpiTarget targets}), how the
 * {@link io.github.campaignkit.core.kpi.Dashboard dashboard} sums them in one pass and compares
 * them with the target and the pace, and the {@link io.github.campaignkit.core.kpi.AlertRule alert
 * rules}, {@link io.github.campaignkit.core.kpi.Alert alerts} and
 * {@link io.github.campaignkit.core.kpi.Acknowledgement acknowledgements} that make someone respond
 * within 30 minutes. {@link io.github.campaignkit.core.kpi.KpiTracking} holds a campaign's part.
 *
 * <p>Metrics, their units and targets come from package {@code goal}; this package does not
 * depend on the campaign.
 */
package io.github.campaignkit.core.kpi;
