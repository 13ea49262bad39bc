package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.Labelled;

/**
 * The departments that review a budget before its final approval (seed 002: 邀请销售、产品、法务、
 * 财务等部门参与评审). Which of them must give an opinion is {@link BudgetPolicy#requiredReviewers()
 * policy}.
 */
public enum ReviewerRole implements Labelled {
    /** 销售: is the plan sellable. */
    SALES,
    /** 产品: does it fit the product. */
    PRODUCT,
    /** 法务: is it lawful (advertising law, prize draws, contracts). */
    LEGAL,
    /** 财务: is the budget reasonable. */
    FINANCE
}
