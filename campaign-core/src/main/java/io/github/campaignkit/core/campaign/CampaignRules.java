package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Rule;

/**
 * The domain rules a whole {@link Campaign} is checked against, for example when a stored campaign
 * is loaded again: every violation of every part, with paths from the campaign root
 * ({@code profile.phases[1].range}).
 *
 * <p>The standard rule runs {@link ProfileRules#standard()} under {@code profile}; the rules of the
 * campaign's other parts join it as they are added to the campaign.
 */
public final class CampaignRules {

    private static final Rule<CampaignProfile> PROFILE = ProfileRules.standard().under("profile");

    private static final Rule<Campaign> STANDARD = campaign -> PROFILE.check(campaign.profile());

    private CampaignRules() {
    }

    /**
     * The standard rules for a whole campaign.
     *
     * @return the rule; pure and thread-safe
     */
    public static Rule<Campaign> standard() {
        return STANDARD;
    }
}
