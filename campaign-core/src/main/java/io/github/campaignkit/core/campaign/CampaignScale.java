package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Labelled;

/** How large a campaign is, which sets how finely its execution is tracked. */
public enum CampaignScale implements Labelled {
    /** 小型. */
    SMALL,
    /** 中型. */
    MEDIUM,
    /** 大型. */
    LARGE
}
