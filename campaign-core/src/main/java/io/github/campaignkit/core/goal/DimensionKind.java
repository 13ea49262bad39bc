package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.Labelled;

/**
 * The dimensions a campaign's goals are broken down into (目标维度), in the order the seed
 * templates list them, and {@link #CUSTOM} for any other.
 */
public enum DimensionKind implements Labelled {
    /** 品牌曝光: reach, reads, brand search. */
    BRAND_EXPOSURE,
    /** 线索获取: leads and their validity. */
    LEADS,
    /** 销售转化: conversion and sales. */
    SALES_CONVERSION,
    /** 用户增长: new users and members. */
    USER_GROWTH,
    /** 用户满意度: satisfaction and feedback. */
    SATISFACTION,
    /** A dimension of the campaign's own, named by {@link Dimension#name()}. */
    CUSTOM
}
