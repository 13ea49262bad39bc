/**
 * Budgets and money (预算明细表): exact {@link io.github.campaignkit.core.budget.Money} in one
 * currency at its minor unit; budget {@link io.github.campaignkit.core.budget.BudgetLine lines} by
 * category, priced as quantity × unit price or fixed; the {@link
 * io.github.campaignkit.core.budget.BudgetPolicy policy} a {@link io.github.campaignkit.core.budget.BudgetPlan
 * plan} is checked against ({@link io.github.campaignkit.core.budget.BudgetRules}: contingency band,
 * approved ceiling, owners and approvers, declared totals); the {@link
 * io.github.campaignkit.core.budget.Budget} with its approval (draft → submitted → approved or
 * rejected, review opinions, kept versions), actual spend, variances and their explanations;
 * {@link io.github.campaignkit.core.budget.CostSharing cost sharing} between partners by largest
 * remainder and its {@link io.github.campaignkit.core.budget.Settlement settlement}; and {@link
 * io.github.campaignkit.core.budget.ReturnOnInvestment returns} per campaign and per channel.
 *
 * <p>No {@code double} or {@code float} touches an amount, a rate or a share: amounts are exact,
 * rounding happens once, half even, where a line amount is computed, and percentages are computed
 * once, {@code a × 100 / b} at two fraction digits, half up. This package does not know the
 * campaign that holds a budget; the campaign's lifecycle applies budget changes and gates.
 */
package io.github.campaignkit.core.budget;
