package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.Labelled;

/**
 * Which figure of a metric's observation for a day a trigger reads: the day's own figure (今日数据)
 * or the running total up to and including that day (累计数据), as the KPI dashboard shows both.
 */
public enum Figure implements Labelled {
    /** 当日: what was observed on the day itself. */
    DAILY,
    /** 累计: the total from the start of the campaign up to and including the day. */
    CUMULATIVE
}
