package io.github.campaignkit.core.event;

import io.github.campaignkit.core.rule.Labelled;

/**
 * The kinds of segment of an on-site event, in the order seed 002 runs them: 签到 → 开场 → 致辞 →
 * 讲解 → 互动 → 签约 → 合影. {@link #OTHER} fits anywhere.
 */
public enum SegmentKind implements Labelled {
    /** 签到: guests sign in. */
    CHECK_IN,
    /** 开场: the host opens. */
    OPENING,
    /** 致辞: a leader's speech. */
    SPEECH,
    /** 讲解: the product presentation. */
    PRESENTATION,
    /** 互动: hands-on experience, Q and A, lucky draw. */
    INTERACTION,
    /** 签约: the signing ceremony. */
    SIGNING,
    /** 合影: the group photo. */
    PHOTO,
    /** Anything else: a break, a lunch, a performance. */
    OTHER
}
