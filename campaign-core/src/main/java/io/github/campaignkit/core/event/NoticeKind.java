package io.github.campaignkit.core.event;

import io.github.campaignkit.core.rule.Labelled;

/** Who a notice of an event goes to. */
public enum NoticeKind implements Labelled {
    /** 内部通知 (活动协作函): to the departments that help, with time, place, duties and contacts. */
    INTERNAL,
    /** 外部提醒: to the invited audience, reminding them to attend. */
    EXTERNAL
}
