/**
 * Partners of a cross-industry campaign (seed 003, 跨行业营销活动): the {@link
 * io.github.campaignkit.core.partner.Scorecard scorecard} candidates are chosen on (weighted
 * {@link io.github.campaignkit.core.partner.Criterion criteria}: industry relevance 行业关联性,
 * audience overlap 用户群体重叠度, resource strengths 资源优势, brand-tone fit 品牌调性一致性, and
 * criteria of the user's own), the {@link io.github.campaignkit.core.partner.Candidate candidates}
 * with their scores, the {@link io.github.campaignkit.core.partner.Ranking ranking} with every score
 * explained, and the chosen {@link io.github.campaignkit.core.partner.Partner partners}: lead or
 * supporting role, duties (合作方职责清单), contacts, decision process, cost-share ratio and agreed
 * brand-exposure ratio, all held by a {@link io.github.campaignkit.core.partner.PartnerPlan}.
 *
 * <p>Partners are named by the budget's {@link io.github.campaignkit.core.budget.PartnerId}; the
 * plan's cost-share ratios become the budget's {@link io.github.campaignkit.core.budget.CostSharing}
 * through {@link io.github.campaignkit.core.partner.PartnerPlan#costSharing()}, and {@link
 * io.github.campaignkit.core.partner.PartnerRules#sharingMatches} checks that the two agree. Weights,
 * scores and ratios are exact decimals; no {@code double} is involved. This package does not know
 * the campaign that holds a plan; the campaign's gates apply its rules.
 */
package io.github.campaignkit.core.partner;
