/**
 * Goals (目标拆解表): what a campaign sets out to achieve, measured by
 * {@link io.github.campaignkit.core.goal.MetricId metrics}.
 */
package io.github.campaignkit.core.goal;
