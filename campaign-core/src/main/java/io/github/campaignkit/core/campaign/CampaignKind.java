package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Labelled;

/** Where a campaign takes place. */
public enum CampaignKind implements Labelled {
    /** 线上: social media, live streams, e-commerce platforms. */
    ONLINE,
    /** 线下: fairs, pop-up stores, launch events. */
    OFFLINE,
    /** 线上线下结合: both. */
    HYBRID
}
