package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The content of one budget version (预算明细表 / 预算分配表): its lines in one currency, the total
 * the document declares (if it declares one), the approved ceiling, the policy it is checked
 * against, and who reviews and approves it.
 *
 * <p>A plan is one currency throughout: a line, declared total or ceiling in another currency is
 * refused when the plan is built. Line ids are unique. Everything else a plan may still lack (an
 * owner, an approver, a reserve within policy, a declared total that matches the lines) is reported
 * by {@link BudgetRules#plan()}, never assumed: a declared total is data to check, not a figure to
 * trust.
 *
 * @param currency      the currency of every amount
 * @param lines         the lines, in the order the table lists them
 * @param declaredTotal the total the document states (合计), checked against the lines
 * @param ceiling       the approved ceiling the total must stay within (审批额度 / 预算总额)
 * @param policy        the policy the plan is checked against
 * @param approver      the final approver of the budget (审批人)
 * @param reviewers     the named reviewers, at most one per department
 */
@Value.Builder
public record BudgetPlan(Currency currency, List<BudgetLine> lines, Optional<Money> declaredTotal,
                         Optional<Money> ceiling, BudgetPolicy policy, Optional<MemberId> approver,
                         List<Reviewer> reviewers) {

    /**
     * Checks the components: one currency, unique line ids, one reviewer per department.
     *
     * @throws NullPointerException      if a component or an element is null, naming it
     * @throws CurrencyMismatchException if a line, the declared total or the ceiling is in another
     *                                   currency, naming it
     * @throws IllegalArgumentException  if two lines share an id or two reviewers a department,
     *                                   naming the later one; if the currency has no minor unit
     */
    public BudgetPlan {
        Objects.requireNonNull(currency, "currency");
        lines = Checks.list(lines, "lines");
        Checks.optional(declaredTotal, "declaredTotal");
        Checks.optional(ceiling, "ceiling");
        Objects.requireNonNull(policy, "policy");
        Checks.optional(approver, "approver");
        reviewers = Checks.list(reviewers, "reviewers");
        Money.fractionDigits(currency);
        Set<BudgetLineId> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            if (!line.currency().equals(currency)) {
                throw new CurrencyMismatchException(RulePaths.indexed("lines", i), currency, line.currency());
            }
            if (!ids.add(line.id())) {
                throw InvalidValueException.of(ValueViolation.DUPLICATE, RulePaths.indexed("lines", i), line.id());
            }
        }
        if (declaredTotal.isPresent() && !declaredTotal.get().currency().equals(currency)) {
            throw new CurrencyMismatchException("declaredTotal", currency, declaredTotal.get().currency());
        }
        if (ceiling.isPresent() && !ceiling.get().currency().equals(currency)) {
            throw new CurrencyMismatchException("ceiling", currency, ceiling.get().currency());
        }
        Set<ReviewerRole> roles = new HashSet<>();
        for (int i = 0; i < reviewers.size(); i++) {
            if (!roles.add(reviewers.get(i).role())) {
                throw InvalidValueException.of(BudgetViolation.SECOND_REVIEWER, RulePaths.indexed("reviewers", i), reviewers.get(i).role());
            }
        }
    }

    /**
     * A plan with no lines yet, under the {@linkplain BudgetPolicy#standard() standard policy}.
     *
     * @param currency the currency
     * @return the empty plan
     */
    public static BudgetPlan empty(Currency currency) {
        return new BudgetPlan(currency, List.of(), Optional.empty(), Optional.empty(), BudgetPolicy.standard(),
                Optional.empty(), List.of());
    }

    /**
     * A builder for a plan; the policy must be set (usually {@link BudgetPolicy#standard()}).
     *
     * @return a new builder
     */
    public static BudgetPlanBuilder builder() {
        return new BudgetPlanBuilder();
    }

    /**
     * A builder that starts from this plan.
     *
     * @return a builder holding every component of this plan
     */
    public BudgetPlanBuilder toBuilder() {
        return new BudgetPlanBuilder().from(this);
    }

    /**
     * The sum of the lines: the total the plan really asks for, whatever it declares.
     *
     * @return the total, zero for a plan without lines
     */
    public Money total() {
        Money total = Money.zero(currency);
        for (BudgetLine line : lines) {
            total = total.plus(line.amount());
        }
        return total;
    }

    /**
     * The sum of the lines of one category.
     *
     * @param category the category
     * @return its subtotal, zero if it has no line
     */
    public Money subtotal(BudgetCategory category) {
        Objects.requireNonNull(category, "category");
        Money total = Money.zero(currency);
        for (BudgetLine line : lines) {
            if (line.category() == category) {
                total = total.plus(line.amount());
            }
        }
        return total;
    }

    /**
     * The subtotal of every category that has at least one line, in category order. The subtotals
     * add up exactly to the {@linkplain #total() total}.
     *
     * @return an unmodifiable map in {@link BudgetCategory} order
     */
    public Map<BudgetCategory, Money> subtotals() {
        Map<BudgetCategory, Money> sums = new EnumMap<>(BudgetCategory.class);
        for (BudgetLine line : lines) {
            sums.merge(line.category(), line.amount(), Money::plus);
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(sums));
    }

    /**
     * A category's share of the total, in percent, to two fraction digits (half up).
     *
     * @param category the category
     * @return the share, or empty when the total is zero
     */
    public Optional<BigDecimal> share(BudgetCategory category) {
        Money total = total();
        return total.isZero() ? Optional.empty()
                : Optional.of(Decimals.percent(subtotal(category).amount(), total.amount()));
    }

    /**
     * The lines of one category, in table order.
     *
     * @param category the category
     * @return the lines
     */
    public List<BudgetLine> lines(BudgetCategory category) {
        Objects.requireNonNull(category, "category");
        List<BudgetLine> found = new ArrayList<>();
        for (BudgetLine line : lines) {
            if (line.category() == category) {
                found.add(line);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * The line with the given id.
     *
     * @param id the id
     * @return the line, if the plan has it
     */
    public Optional<BudgetLine> line(BudgetLineId id) {
        OptionalInt index = indexOf(id);
        return index.isPresent() ? Optional.of(lines.get(index.getAsInt())) : Optional.empty();
    }

    /**
     * The position of the line with the given id.
     *
     * @param id the id
     * @return its index from 0, if the plan has it
     */
    public OptionalInt indexOf(BudgetLineId id) {
        Objects.requireNonNull(id, "id");
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id().equals(id)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The member named to review for a department.
     *
     * @param role the department
     * @return the reviewer, if one is named
     */
    public Optional<MemberId> reviewer(ReviewerRole role) {
        Objects.requireNonNull(role, "role");
        return reviewers.stream().filter(r -> r.role() == role).map(Reviewer::member).findFirst();
    }

    /**
     * This plan with one more line at the end.
     *
     * @param line the line, in the plan's currency and with a new id
     * @return a copy
     */
    public BudgetPlan withLine(BudgetLine line) {
        return toBuilder().addLines(line).build();
    }

    /**
     * This plan with other lines.
     *
     * @param newLines the lines
     * @return a copy
     */
    public BudgetPlan withLines(List<BudgetLine> newLines) {
        return toBuilder().lines(newLines).build();
    }

    /**
     * This plan under another policy.
     *
     * @param newPolicy the policy
     * @return a copy
     */
    public BudgetPlan withPolicy(BudgetPolicy newPolicy) {
        return toBuilder().policy(newPolicy).build();
    }

    /**
     * This plan declaring a total.
     *
     * @param total the declared total
     * @return a copy
     */
    public BudgetPlan withDeclaredTotal(Money total) {
        return toBuilder().declaredTotal(total).build();
    }

    /**
     * This plan with an approved ceiling.
     *
     * @param newCeiling the ceiling
     * @return a copy
     */
    public BudgetPlan withCeiling(Money newCeiling) {
        return toBuilder().ceiling(newCeiling).build();
    }

    /**
     * This plan with a final approver and the reviewers.
     *
     * @param newApprover  the final approver
     * @param newReviewers the reviewers, one per department at most
     * @return a copy
     */
    public BudgetPlan withApproval(MemberId newApprover, List<Reviewer> newReviewers) {
        return toBuilder().approver(newApprover).reviewers(newReviewers).build();
    }
}
