package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.Objects;

/**
 * A decided version of a budget, kept when the budget changed after it: the approved baseline the
 * current plan and the actual spend are compared with, or a rejected plan.
 *
 * @param number   the version number, from 1
 * @param plan     the plan of that version
 * @param approval its approval, approved or rejected
 */
public record BudgetVersion(int number, BudgetPlan plan, Approval approval) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the number is below 1, naming {@code number}, or the version
     *                                  is not decided, naming {@code approval}
     */
    public BudgetVersion {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(approval, "approval");
        if (number < 1) {
            throw InvalidValueException.of(ValueViolation.BELOW, "number", number, 1);
        }
        if (!approval.status().isDecided()) {
            throw InvalidValueException.of(BudgetViolation.UNDECIDED_VERSION, "approval", approval.status());
        }
    }
}
