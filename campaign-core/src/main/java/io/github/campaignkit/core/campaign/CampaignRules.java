package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Rule;

/**
 * The domain rules a whole {@link Campaign} is checked against whatever its stage, for example
 * when a stored campaign is loaded again: every violation of every part, with paths from the
 * campaign root ({@code profile.phases[1].range}, {@code board.tasks[3].owner}).
 *
 * <p>The standard rule runs {@link ProfileRules#standard()} under {@code profile} and the
 * structural checks of the team and the board ({@link Gates#teamValid()}, {@link Gates#boardValid()}).
 * The gates that depend on a stage (an approved budget, signed goals, a ready schedule) are not
 * part of it: a campaign in planning is not yet expected to pass them. Check those with
 * {@link Gates#defaults(Stage)} when a stage is to be left.
 */
public final class CampaignRules {

    private static final Rule<CampaignProfile> PROFILE = ProfileRules.standard().under("profile");

    private static final Rule<Campaign> STANDARD = campaign -> Names.named(PROFILE.check(campaign.profile())
            .appendAll(Gates.teamValid().check(campaign))
            .appendAll(Gates.boardValid().check(campaign)), campaign);

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
