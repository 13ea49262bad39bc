package io.github.campaignkit.core.outreach;

import io.github.campaignkit.core.rule.Labelled;

/** The modules of a creative plan (方案创意表), in the order the seeds list them. */
public enum CreativeModule implements Labelled {
    /** 活动主题: the theme and its slogan. */
    THEME,
    /** 活动形式: the format, online and offline. */
    FORMAT,
    /** 渠道组合: the channel mix. */
    CHANNELS,
    /** 内容规划: the content, phase by phase. */
    CONTENT
}
