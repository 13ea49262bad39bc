package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.Labelled;

/**
 * The band a risk's cell of the {@link RiskMatrix} falls in (风险等级). Which cells are low, medium
 * or high is the matrix's {@linkplain Band band} configuration; the levels themselves are fixed
 * because gates refer to them: leaving preparation needs every {@link #HIGH} risk planned for.
 */
public enum RiskLevel implements Labelled {
    /** 低: accept and watch. */
    LOW,
    /** 中: plan measures. */
    MEDIUM,
    /** 高: needs an owner, measures and a trigger before the campaign leaves preparation. */
    HIGH
}
