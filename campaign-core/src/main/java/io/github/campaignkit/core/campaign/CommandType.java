package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Labelled;

/** The kinds of {@link CampaignCommand}, for messages and access policies. */
public enum CommandType implements Labelled {
    /** Move to the next stage. */
    ADVANCE,
    /** Put the campaign on hold. */
    HOLD,
    /** Resume a held campaign. */
    RESUME,
    /** Cancel the campaign. */
    CANCEL,
    /** Replace the campaign's profile. */
    REVISE_PROFILE,
    /** Replace the campaign's schedule (plan, progress or baseline). */
    REVISE_SCHEDULE
}
