package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.BudgetRules;
import io.github.campaignkit.core.risk.RiskRules;
import io.github.campaignkit.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The gate rules this library checks before a campaign leaves a stage. {@link Lifecycle#standard()}
 * uses {@link #defaults(Stage)}; an application that wants another selection builds its lifecycle
 * from {@link Lifecycle#withoutGates()} and the rules here and of its own.
 *
 * <p>Each rule reports its violations with paths from the campaign ({@code profile.theme}).
 */
public final class Gates {

    private static final Rule<Campaign> PROFILE_COMPLETE =
            campaign -> ProfileRules.standard().under("profile").check(campaign.profile());

    private static final Rule<Campaign> BUDGET_APPROVED =
            campaign -> BudgetRules.readyToLeavePlanning().under("budget").check(campaign.budget());

    private static final Rule<Campaign> BUDGET_SETTLED =
            campaign -> BudgetRules.readyToClose().under("budget").check(campaign.budget());

    private static final Rule<Campaign> RISKS_PREPARED =
            campaign -> RiskRules.prepared().under("risks").check(campaign.risks());

    private static final Rule<Campaign> RISKS_RESOLVED =
            campaign -> RiskRules.resolved().under("risks").check(campaign.risks());

    private Gates() {
    }

    /**
     * The budget is approved and passes every rule of its policy (contingency band, ceiling,
     * owners and approvers, declared total): {@link BudgetRules#readyToLeavePlanning()} on the
     * campaign's budget. A default gate of {@link Stage#PLANNING}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> budgetApproved() {
        return BUDGET_APPROVED;
    }

    /**
     * Every line of the approved budget has an actual, every variance the policy requires is
     * explained, and shared costs are settled on the current figures: {@link
     * BudgetRules#readyToClose()} on the campaign's budget. A default gate of {@link Stage#REVIEW}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> budgetSettled() {
        return BUDGET_SETTLED;
    }

    /**
     * The profile is complete and valid: {@link ProfileRules#standard()} applied to the campaign's
     * profile.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> profileComplete() {
        return PROFILE_COMPLETE;
    }

    /**
     * The risk plan is ready (the gate out of {@link Stage#PREPARATION}):
     * {@link RiskRules#prepared()} applied to the campaign's register. Every risk is rated on the
     * matrix, and every high risk has an owner, at least one measure and a trigger. An empty
     * register passes.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> risksPrepared() {
        return RISKS_PREPARED;
    }

    /**
     * No risk is left triggered without a resolution (the gate out of {@link Stage#REVIEW}):
     * {@link RiskRules#resolved()} applied to the campaign's register.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> risksResolved() {
        return RISKS_RESOLVED;
    }

    /**
     * The default gate rules checked before leaving a stage.
     *
     * @param leaving the stage being left
     * @return the rules, empty for a stage without default gates
     */
    public static Seq<Rule<Campaign>> defaults(Stage leaving) {
        Objects.requireNonNull(leaving, "leaving");
        switch (leaving) {
            case PLANNING:
                return List.of(PROFILE_COMPLETE, BUDGET_APPROVED);
            case PREPARATION:
                return List.of(RISKS_PREPARED);
            case REVIEW:
                return List.of(BUDGET_SETTLED, RISKS_RESOLVED);
            default:
                return List.empty();
        }
    }
}
