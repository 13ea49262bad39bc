package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One partner's line of a settlement statement (结算单): its share of the actual costs, what it
 * has already paid, and the balance: positive when it still owes, negative when it is owed.
 *
 * @param partner the partner
 * @param percent its share in percent
 * @param share   its part of the actual costs
 * @param paid    what it paid itself
 * @param balance {@code share − paid}
 */
public record SettlementLine(PartnerId partner, BigDecimal percent, Money share, Money paid, Money balance) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException      if a component is null, naming it
     * @throws CurrencyMismatchException if the amounts are in different currencies
     * @throws IllegalArgumentException  if the share is out of range, naming {@code percent}, or the
     *                                   balance is not share − paid, naming {@code balance}
     */
    public SettlementLine {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(balance, "balance");
        percent = new PartnerShare(partner, percent).percent();
        share.same(paid, "paid");
        if (!share.minus(paid).equals(share.same(balance, "balance"))) {
            throw InvalidValueException.of(BudgetViolation.SETTLEMENT_BALANCE, "balance", balance, share, paid);
        }
    }
}
