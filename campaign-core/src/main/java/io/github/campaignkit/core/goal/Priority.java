package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.Labelled;

/**
 * How much a goal matters next to the others; the seeds put results (业绩目标) before brand
 * exposure (品牌曝光). Constants are ordered from the most to the least important.
 */
public enum Priority implements Labelled {
    /** 高: comes first when goals compete for resources. */
    HIGH,
    /** 中: the default. */
    MEDIUM,
    /** 低: pursued when the others are safe. */
    LOW
}
