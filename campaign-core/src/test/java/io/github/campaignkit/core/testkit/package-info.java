/**
 * jqwik generators for every type of campaign-core, published in campaign-core's test-jar so that
 * applications property-test their own planning rules on valid campaigns of any size.
 *
 * <p>Three ways in: the {@link io.github.campaignkit.core.testkit.CampaignArbitraries} facade
 * (static methods), the {@link io.github.campaignkit.core.testkit.CampaignArbitraryProvider}
 * registered through {@code META-INF/services} (so a plain {@code @ForAll Campaign c} works), and
 * the {@link io.github.campaignkit.core.testkit.CampaignDomain} context for
 * {@code @Domain(CampaignDomain.class)}. Every generated value is valid by construction, Chinese
 * text included. {@link io.github.campaignkit.core.testkit.CampaignArbitraries#plannedCampaigns()} is a
 * configurable {@link io.github.campaignkit.core.testkit.CampaignArbitrary} (policy, currency,
 * number of tasks, stage), and {@link io.github.campaignkit.core.testkit.CampaignReportingFormat}
 * makes failure reports print a campaign in a few lines.
 *
 * <p>Two fixtures reproduce seed 004 (开学季·青春焕新计划) with the templates' own numbers:
 * {@link io.github.campaignkit.core.testkit.Seed004Kpi} (goals, metrics, the dashboard of
 * 2024-08-04) and {@link io.github.campaignkit.core.testkit.Seed004Risks} (the risk plan and the
 * data that fires it).
 */
package io.github.campaignkit.core.testkit;
