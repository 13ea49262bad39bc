package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.Labelled;

/**
 * Whether a task was done, or a material delivered, as of a given day, as the records of the
 * campaign tell it to a {@link TriggerFacts}.
 */
public enum Completion implements Labelled {
    /** 已完成 / 已到位: done or delivered on or before the day. */
    DONE,
    /** 未完成 / 未到位: not done or not delivered by the end of the day. */
    NOT_DONE
}
