package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The settlement statement (资源结算): the actual costs of the campaign, and, when partners share
 * them, the costs divided by the cost-sharing agreement and set against what each partner paid. A
 * budget without partners settles too: its statement has the total and no line, the whole cost
 * staying with the organisation that runs the campaign ({@link #unshared}).
 *
 * <p>The shares add up exactly to the total ({@link CostSharing#split(Money) largest remainder});
 * the balances add up to the part of the total no partner paid, so when every spend entry names
 * its payer they add up to zero.
 *
 * @param total     the actual costs settled
 * @param lines     one line per partner, in the order of the agreement; none without partners
 * @param at        when it was settled
 * @param settledBy who settled it
 */
@Value.Builder
public record Settlement(Money total, List<SettlementLine> lines, Instant at, MemberId settledBy) {

    /**
     * Checks that the lines divide the total.
     *
     * @throws NullPointerException      if a component or a line is null, naming it
     * @throws CurrencyMismatchException if a line is in another currency
     * @throws IllegalArgumentException  if a partner appears twice, or the shares of the lines do
     *                                   not add up to the total, naming {@code lines}
     */
    public Settlement {
        Objects.requireNonNull(total, "total");
        lines = Checks.list(lines, "lines");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(settledBy, "settledBy");
        if (!lines.isEmpty()) {
            checkShares(total, lines);
        }
    }

    /** The lines name each partner once and their shares add up to the total. */
    private static void checkShares(Money total, List<SettlementLine> lines) {
        Money shares = Money.zero(total.currency());
        Set<PartnerId> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            SettlementLine line = lines.get(i);
            shares = shares.plus(total.same(line.share(), RulePaths.indexed("lines", i)));
            if (!seen.add(line.partner())) {
                throw InvalidValueException.of(ValueViolation.DUPLICATE, RulePaths.indexed("lines", i), line.partner());
            }
        }
        if (!shares.equals(total)) {
            throw InvalidValueException.of(BudgetViolation.SETTLEMENT_TOTAL, "lines", shares, total);
        }
    }

    /**
     * Settles the given spend by the agreement: the total is the sum of the entries, each
     * partner's paid amount the sum of the entries it paid.
     *
     * @param sharing   the agreement
     * @param currency  the currency of the spend
     * @param spend     the spend entries
     * @param at        when
     * @param settledBy who settles
     * @return the statement
     * @throws CurrencyMismatchException if an entry is in another currency
     * @throws IllegalArgumentException  if an entry names a payer outside the agreement
     */
    public static Settlement of(CostSharing sharing, Currency currency, List<SpendEntry> spend, Instant at,
                                MemberId settledBy) {
        Objects.requireNonNull(sharing, "sharing");
        Checks.list(spend, "spend");
        Money total = Money.zero(currency);
        for (SpendEntry entry : spend) {
            total = total.plus(entry.amount());
            entry.paidBy().ifPresent(p -> {
                if (sharing.percentOf(p).isEmpty()) {
                    throw InvalidValueException.of(BudgetViolation.UNKNOWN_PARTNER, "spend", p);
                }
            });
        }
        List<Money> parts = sharing.split(total);
        List<SettlementLine> lines = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PartnerShare share = sharing.shares().get(i);
            Money paid = Money.zero(currency);
            for (SpendEntry entry : spend) {
                if (entry.paidBy().filter(share.partner()::equals).isPresent()) {
                    paid = paid.plus(entry.amount());
                }
            }
            lines.add(new SettlementLine(share.partner(), share.percent(), parts.get(i), paid,
                    parts.get(i).minus(paid)));
        }
        return new Settlement(total, lines, at, settledBy);
    }

    /**
     * Settles the given spend of a budget that no partner shares: the total is the sum of the
     * entries, and there is no line.
     *
     * @param currency  the currency of the spend
     * @param spend     the spend entries
     * @param at        when
     * @param settledBy who settles
     * @return the statement
     * @throws CurrencyMismatchException if an entry is in another currency
     * @throws IllegalArgumentException  if an entry names a payer, there being no partner
     */
    public static Settlement unshared(Currency currency, List<SpendEntry> spend, Instant at, MemberId settledBy) {
        Checks.list(spend, "spend");
        Money total = Money.zero(currency);
        for (SpendEntry entry : spend) {
            total = total.plus(entry.amount());
            if (entry.paidBy().isPresent()) {
                throw InvalidValueException.of(BudgetViolation.UNKNOWN_PARTNER, "spend", entry.paidBy().get());
            }
        }
        return new Settlement(total, List.of(), at, settledBy);
    }

    /**
     * Whether partners share the costs: the statement has a line per partner.
     *
     * @return true if there is a line
     */
    public boolean isShared() {
        return !lines.isEmpty();
    }

    /**
     * A builder for a statement, for reading one back from storage.
     *
     * @return a new builder
     */
    public static SettlementBuilder builder() {
        return new SettlementBuilder();
    }

    /**
     * Whether another statement has the same figures (total and lines), whenever and by whomever
     * it was settled: how a settlement is found to be out of date.
     *
     * @param other the other statement
     * @return true if the figures agree
     */
    public boolean hasSameFigures(Settlement other) {
        Objects.requireNonNull(other, "other");
        return total.equals(other.total) && lines.equals(other.lines);
    }
}
