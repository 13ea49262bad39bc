package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Rules;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules budgets are checked against; each collects every violation it finds.
 *
 * <ul>
 * <li>{@link #plan()}: a plan keeps its own policy: lines exist, each has an item, an owner and an
 * approver; the contingency reserve lies within the policy's band; the total stays within the
 * approved ceiling; a declared total matches the lines.</li>
 * <li>{@link #readyToLeavePlanning()}: the budget is approved and its plan passes {@link #plan()}.</li>
 * <li>{@link #readyToClose()}: every baseline line has an actual, every required variance is
 * explained, and the costs are settled on the current figures, shared between partners or not.</li>
 * <li>{@link #spendAlerts(DateRange, LocalDate)}: warnings for lines and categories that spend
 * faster than the calendar runs.</li>
 * </ul>
 *
 * <p>Paths are relative to the value checked ({@code lines[3].owner} for a plan,
 * {@code plan.lines[3].owner} for a budget).
 */
public final class BudgetRules {

    private static final Rule<BudgetPlan> PLAN = BudgetRules::checkPlan;
    private static final Rule<Budget> LEAVE_PLANNING = BudgetRules::checkApproved;
    private static final Rule<Budget> CLOSE = BudgetRules::checkClose;

    private BudgetRules() {
    }

    /**
     * The policy rules of a plan, under the plan's own {@link BudgetPlan#policy() policy}.
     *
     * @return the rule
     */
    public static Rule<BudgetPlan> plan() {
        return PLAN;
    }

    /**
     * Validates a plan: valid when {@link #plan()} finds no error.
     *
     * @param plan the plan
     * @return the plan, or every violation (warnings included) when there is an error
     */
    public static Validation<Seq<Violation>, BudgetPlan> validate(BudgetPlan plan) {
        return Rules.validate(plan, PLAN);
    }

    /**
     * The budget is approved, and its plan passes {@link #plan()}: what a campaign needs to leave
     * planning.
     *
     * @return the rule
     */
    public static Rule<Budget> readyToLeavePlanning() {
        return LEAVE_PLANNING;
    }

    /**
     * Every line of the baseline has an actual (zero with a note is fine), every variance the
     * policy requires is explained, and the settlement is made on the current spend (and, when
     * partners share the costs, the current agreement): what a campaign needs to leave review. A
     * budget nobody shares is settled too ({@code budget.settlement.missing} until it is).
     *
     * @return the rule
     */
    public static Rule<Budget> readyToClose() {
        return CLOSE;
    }

    /**
     * Spend alerts (warnings, {@link BudgetViolation#SPEND_AHEAD}): a baseline line or category
     * that has spent more than the policy's {@link BudgetPolicy#alertSpent() share} of its budget
     * while less than its {@link BudgetPolicy#alertElapsed() share} of the campaign window has
     * passed. The elapsed share counts the days of the window up to and including {@code today}.
     *
     * @param window the campaign window
     * @param today  the day to judge on, from the application's clock
     * @return the rule
     */
    public static Rule<Budget> spendAlerts(DateRange window, LocalDate today) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(today, "today");
        return budget -> checkAlerts(budget, window, today);
    }

    private static Seq<Violation> checkPlan(BudgetPlan plan) {
        List<Violation> found = List.empty();
        if (plan.lines().isEmpty()) {
            found = found.append(Violation.of(BudgetViolation.LINES_EMPTY, "lines"));
        }
        for (int i = 0; i < plan.lines().size(); i++) {
            BudgetLine line = plan.lines().get(i);
            String path = RulePaths.indexed("lines", i);
            if (line.item().isBlank()) {
                found = found.append(Violation.of(BudgetViolation.ITEM_BLANK, path + ".item"));
            }
            if (line.owner().isEmpty()) {
                found = found.append(Violation.of(BudgetViolation.OWNER_MISSING, path + ".owner", name(line)));
            }
            if (line.approver().isEmpty()) {
                found = found.append(Violation.of(BudgetViolation.APPROVER_MISSING, path + ".approver", name(line)));
            }
        }
        Money total = plan.total();
        if (plan.declaredTotal().isPresent() && !plan.declaredTotal().get().equals(total)) {
            Money declared = plan.declaredTotal().get();
            found = found.append(Violation.of(BudgetViolation.TOTAL_MISMATCH, "declaredTotal", declared, total,
                    declared.minus(total)));
        }
        if (plan.ceiling().isPresent() && total.isGreaterThan(plan.ceiling().get())) {
            found = found.append(Violation.of(BudgetViolation.CEILING_EXCEEDED, "ceiling", total,
                    plan.ceiling().get(), total.minus(plan.ceiling().get())));
        }
        return found.appendAll(contingency(plan, total));
    }

    private static Seq<Violation> contingency(BudgetPlan plan, Money total) {
        if (plan.lines().isEmpty()) {
            return List.empty();
        }
        BudgetPolicy policy = plan.policy();
        Money reserve = plan.subtotal(BudgetCategory.CONTINGENCY);
        int first = -1;
        for (int i = 0; i < plan.lines().size() && first < 0; i++) {
            if (plan.lines().get(i).category() == BudgetCategory.CONTINGENCY) {
                first = i;
            }
        }
        String path = first < 0 ? "lines" : RulePaths.indexed("lines", first);
        if (total.isZero()) {
            // No share of nothing: a reserve is only missing when the policy asks for one.
            return policy.contingencyMin().signum() > 0
                    ? List.of(Violation.of(BudgetViolation.CONTINGENCY_BELOW_MIN, path, BigDecimal.ZERO,
                            policy.contingencyMin(), reserve, total))
                    : List.empty();
        }
        // Compared exactly; the share is rounded for the message only.
        if (Percentages.compare(reserve.amount(), total.amount(), policy.contingencyMin()) < 0) {
            return List.of(Violation.of(BudgetViolation.CONTINGENCY_BELOW_MIN, path,
                    Decimals.displayPercent(reserve.amount(), total.amount(), policy.contingencyMin()),
                    policy.contingencyMin(), reserve, total));
        }
        if (Percentages.compare(reserve.amount(), total.amount(), policy.contingencyMax()) > 0) {
            return List.of(Violation.of(BudgetViolation.CONTINGENCY_ABOVE_MAX, path,
                    Decimals.displayPercent(reserve.amount(), total.amount(), policy.contingencyMax()),
                    policy.contingencyMax(), reserve, total));
        }
        return List.empty();
    }

    private static String name(BudgetLine line) {
        return line.item().isBlank() ? line.id().value() : line.item();
    }

    private static Seq<Violation> checkApproved(Budget budget) {
        List<Violation> found = budget.status() == ApprovalStatus.APPROVED ? List.empty()
                : List.of(Violation.of(BudgetViolation.NOT_APPROVED, "approval.status", budget.status()));
        return found.appendAll(PLAN.under("plan").check(budget.plan()));
    }

    private static Seq<Violation> checkClose(Budget budget) {
        if (budget.baseline().isEmpty()) {
            return List.of(Violation.of(BudgetViolation.NOT_APPROVED, "approval.status", budget.status()));
        }
        List<Violation> found = List.ofAll(actualsExplained(budget));
        if (budget.settlement().isEmpty()) {
            found = found.append(Violation.of(BudgetViolation.SETTLEMENT_MISSING, "settlement"));
        } else {
            Settlement settled = budget.settlement().get();
            Settlement now = budget.settlementAsOf(settled.at(), settled.settledBy());
            if (!settled.hasSameFigures(now)) {
                found = found.append(Violation.of(BudgetViolation.SETTLEMENT_STALE, "settlement",
                        settled.total(), now.total()));
            }
        }
        return found;
    }

    /**
     * Every line of the approved plan has an actual, and every variance the policy requires is
     * explained: what settling and closing both need.
     *
     * @param budget a budget with an approved plan
     * @return the lines without an actual or an explanation they need
     */
    static Seq<Violation> actualsExplained(Budget budget) {
        Optional<BudgetPlan> baseline = budget.baseline();
        String base = budget.baselinePath().orElseThrow();
        BudgetPlan plan = baseline.get();
        List<Violation> found = List.empty();
        for (int i = 0; i < plan.lines().size(); i++) {
            BudgetLine line = plan.lines().get(i);
            String path = RulePaths.join(base, RulePaths.indexed("lines", i));
            Optional<Money> actual = budget.actual(line.id());
            if (actual.isEmpty()) {
                found = found.append(Violation.of(BudgetViolation.ACTUAL_MISSING, path, name(line)));
            } else if (budget.needsExplanation(line.id()) && budget.explanation(line.id()).isEmpty()) {
                found = found.append(line.amount().isZero()
                        ? Violation.of(BudgetViolation.UNBUDGETED_UNEXPLAINED, path, name(line), actual.get())
                        : Violation.of(BudgetViolation.VARIANCE_UNEXPLAINED, path, name(line),
                                budget.variancePercent(line.id()).orElseThrow(), plan.policy().varianceThreshold(),
                                line.amount(), actual.get()));
            }
        }
        return found;
    }

    private static Seq<Violation> checkAlerts(Budget budget, DateRange window, LocalDate today) {
        Optional<BudgetPlan> baseline = budget.baseline();
        if (baseline.isEmpty()) {
            return List.empty();
        }
        BudgetPlan plan = baseline.get();
        BudgetPolicy policy = plan.policy();
        long passed = today.isBefore(window.start()) ? 0
                : Math.min(window.days(), ChronoUnit.DAYS.between(window.start(), today) + 1);
        BigDecimal elapsed = Decimals.percent(BigDecimal.valueOf(passed), BigDecimal.valueOf(window.days()));
        if (Percentages.compare(BigDecimal.valueOf(passed), BigDecimal.valueOf(window.days()),
                policy.alertElapsed()) >= 0) {
            return List.empty();
        }
        String base = budget.baselinePath().orElseThrow();
        List<Violation> found = List.empty();
        for (int i = 0; i < plan.lines().size(); i++) {
            BudgetLine line = plan.lines().get(i);
            Optional<Money> actual = budget.actual(line.id());
            if (actual.isPresent() && line.amount().isPositive()) {
                BigDecimal spent = Decimals.displayPercent(actual.get().amount(), line.amount().amount(),
                        policy.alertSpent());
                if (Percentages.compare(actual.get().amount(), line.amount().amount(), policy.alertSpent()) > 0) {
                    found = found.append(Violation.of(BudgetViolation.SPEND_AHEAD,
                            RulePaths.join(base, RulePaths.indexed("lines", i)), name(line), spent, elapsed,
                            policy.alertSpent(), policy.alertElapsed()));
                }
            }
        }
        for (Map.Entry<BudgetCategory, Money> subtotal : plan.subtotals().entrySet()) {
            if (subtotal.getValue().isPositive()) {
                BigDecimal spent = Decimals.displayPercent(budget.actual(subtotal.getKey()).amount(),
                        subtotal.getValue().amount(), policy.alertSpent());
                if (Percentages.compare(budget.actual(subtotal.getKey()).amount(), subtotal.getValue().amount(),
                        policy.alertSpent()) > 0) {
                    found = found.append(Violation.of(BudgetViolation.SPEND_AHEAD,
                            RulePaths.join(base, "subtotals." + subtotal.getKey().name()), subtotal.getKey(), spent,
                            elapsed, policy.alertSpent(), policy.alertElapsed()));
                }
            }
        }
        return found;
    }
}
