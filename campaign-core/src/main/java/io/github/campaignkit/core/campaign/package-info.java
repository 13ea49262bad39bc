/**
 * The campaign aggregate and its lifecycle.
 *
 * <p>A {@link io.github.campaignkit.core.campaign.Campaign} is an immutable value: its
 * {@link io.github.campaignkit.core.campaign.CampaignProfile profile} (表1 营销活动策划总表), its
 * {@link io.github.campaignkit.core.campaign.Stage stage}, a revision number and the history of its
 * stage changes. It changes only through {@link io.github.campaignkit.core.campaign.CampaignCommand
 * commands} that a {@link io.github.campaignkit.core.campaign.Lifecycle} applies as a pure function
 * of (campaign, command, clock): the result is either the changed campaign or a
 * {@link io.github.campaignkit.core.rule.Refusal} that lists every unmet condition.
 */
package io.github.campaignkit.core.campaign;
