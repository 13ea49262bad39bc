package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.rule.Labelled;

/**
 * The phases a campaign's window is divided into, in the order they run.
 */
public enum PhaseKind implements Labelled {
    /** 预热期: building attention before the main event. */
    WARM_UP,
    /** 爆发期: the main event, where most results are expected. */
    BURST,
    /** 延续期: follow-up after the main event. */
    CONTINUATION
}
