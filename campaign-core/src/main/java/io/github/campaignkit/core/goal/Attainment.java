package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.Labelled;

/** Whether a goal's actual meets its target, as an evaluation row states it. */
public enum Attainment implements Labelled {
    /** 达标: the actual meets the target. */
    MET,
    /** 未达标: the actual falls short; an analysis is expected. */
    NOT_MET,
    /** 未知: no actual yet, or the target cannot be compared. */
    UNKNOWN
}
