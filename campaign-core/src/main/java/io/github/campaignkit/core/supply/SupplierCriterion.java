package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.rule.Labelled;

/** A criterion of the 供应商评价表. */
public enum SupplierCriterion implements Labelled {
    /** 服务质量. */
    QUALITY,
    /** 响应速度. */
    RESPONSIVENESS,
    /** 交付准时. */
    PUNCTUALITY,
    /** 价格. */
    PRICE,
    /** A criterion of the evaluator's own, named in the score. */
    CUSTOM
}
