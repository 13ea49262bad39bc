package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a budget (预算明细表): category, item, how its amount is set, owner and approver.
 *
 * <p>The amount is never typed: it is the {@linkplain Pricing pricing}'s amount, quantity × unit
 * price or a fixed amount. A line may be a draft (no owner or approver yet, a blank item); the
 * {@linkplain BudgetRules#plan() budget rules} report what is missing. Build one with
 * {@link #builder()} or the shortcuts {@link #perUnit} and {@link #fixed}.
 *
 * @param id       the line's identity within its budget
 * @param category 成本类别
 * @param item     明细项目, e.g. {@code 内部团队加班费}
 * @param pricing  quantity × unit price, or a fixed amount
 * @param owner    负责人, who spends it
 * @param approver 审批人, who approves its spending
 * @param notes    备注, e.g. {@code 按实际使用冲销}
 */
@Value.Builder
public record BudgetLine(BudgetLineId id, BudgetCategory category, String item, Pricing pricing,
                         Optional<MemberId> owner, Optional<MemberId> approver, Optional<String> notes) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public BudgetLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(pricing, "pricing");
        Checks.optional(owner, "owner");
        Checks.optional(approver, "approver");
        Checks.optional(notes, "notes");
    }

    /**
     * A builder for a line.
     *
     * @return a new builder
     */
    public static BudgetLineBuilder builder() {
        return new BudgetLineBuilder();
    }

    /**
     * A builder that starts from this line.
     *
     * @return a builder holding every component of this line
     */
    public BudgetLineBuilder toBuilder() {
        return new BudgetLineBuilder().from(this);
    }

    /**
     * A line priced per unit, without owner, approver or notes yet.
     *
     * @param id        the line's identity
     * @param category  the category
     * @param item      the item
     * @param quantity  how much
     * @param unitPrice the price of one unit
     * @return the line
     */
    public static BudgetLine perUnit(BudgetLineId id, BudgetCategory category, String item, Quantity quantity,
                                     UnitPrice unitPrice) {
        return new BudgetLine(id, category, item, Pricing.perUnit(quantity, unitPrice), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * A line with a fixed amount, without owner, approver or notes yet.
     *
     * @param id       the line's identity
     * @param category the category
     * @param item     the item
     * @param amount   the amount
     * @return the line
     */
    public static BudgetLine fixed(BudgetLineId id, BudgetCategory category, String item, Money amount) {
        return new BudgetLine(id, category, item, Pricing.fixed(amount), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * The line's amount (预算金额).
     *
     * @return the amount, exact to the currency
     */
    public Money amount() {
        return pricing.amount();
    }

    /**
     * The currency of the line.
     *
     * @return the currency
     */
    public Currency currency() {
        return pricing.currency();
    }

    /**
     * This line with the given owner and approver.
     *
     * @param newOwner    负责人
     * @param newApprover 审批人
     * @return a copy
     */
    public BudgetLine withOwnerAndApprover(MemberId newOwner, MemberId newApprover) {
        return toBuilder().owner(newOwner).approver(newApprover).build();
    }

    /**
     * This line with another pricing.
     *
     * @param newPricing the pricing
     * @return a copy
     */
    public BudgetLine withPricing(Pricing newPricing) {
        return toBuilder().pricing(newPricing).build();
    }

    /**
     * This line with a note.
     *
     * @param text the note
     * @return a copy
     */
    public BudgetLine withNotes(String text) {
        return toBuilder().notes(text).build();
    }
}
