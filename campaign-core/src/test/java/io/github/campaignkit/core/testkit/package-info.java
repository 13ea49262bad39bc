/**
 * jqwik generators for every type of campaign-core, published in campaign-core's test-jar so that
 * applications property-test their own planning rules on valid campaigns of any size.
 *
 * <p>Three ways in: the {@link io.github.campaignkit.core.testkit.CampaignArbitraries} facade
 * (static methods), the {@link io.github.campaignkit.core.testkit.CampaignArbitraryProvider}
 * registered through {@code META-INF/services} (so a plain {@code @ForAll Campaign c} works), and
 * the {@link io.github.campaignkit.core.testkit.CampaignDomain} context for
 * {@code @Domain(CampaignDomain.class)}. Every generated value is valid by construction, Chinese
 * text included.
 */
package io.github.campaignkit.core.testkit;
