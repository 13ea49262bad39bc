package io.github.campaignkit.core.outreach;

import io.github.campaignkit.core.rule.Labelled;

/** The kinds of channel seed 003 plans reach through (用户触达与渠道规划). */
public enum ChannelKind implements Labelled {
    /** 线上渠道: own social accounts, joint live streams, community sharing. */
    ONLINE,
    /** 线下渠道: partner stores, fairs, on-site experiences. */
    OFFLINE,
    /** 付费渠道: paid placements such as feed ads and search ads. */
    PAID
}
