package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.rule.Labelled;

/**
 * What a scoring criterion assesses: the four dimensions seed 003 names (评估维度), or one of the
 * user's own.
 */
public enum CriterionKind implements Labelled {
    /** 行业关联性: how closely the partner's industry relates to ours. */
    INDUSTRY_RELEVANCE,
    /** 用户群体重叠度: how much the partner's users overlap with our target audience. */
    AUDIENCE_OVERLAP,
    /** 资源优势: the partner's channels, content, funds or technology. */
    RESOURCE_STRENGTHS,
    /** 品牌调性一致性: how well the partner's brand tone fits ours. */
    BRAND_TONE_FIT,
    /** A criterion of the user's own, named by the criterion. */
    CUSTOM
}
