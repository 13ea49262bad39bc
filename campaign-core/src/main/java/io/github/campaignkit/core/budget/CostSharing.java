package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How partner companies share a campaign's costs (seed 003: 资金预算含双方分摊比例): each partner's
 * share in percent, the shares adding up to exactly 100%.
 *
 * <p>{@link #split(Money)} divides an amount by largest remainder: every part is within one minor
 * unit of its exact share and the parts add up exactly to the amount, so nobody pays for a rounding
 * and no fen goes missing. Form input that may not add up is checked with {@link #validate(List)},
 * which reports every problem as a violation instead of throwing.
 *
 * @param shares the partners' shares, in order; each partner once
 */
public record CostSharing(List<PartnerShare> shares) {

    /**
     * Checks the shares.
     *
     * @throws NullPointerException     if the list or a share is null, naming it
     * @throws IllegalArgumentException if there is no share, a partner is listed twice, or the
     *                                  shares do not add up to exactly 100%, naming {@code shares}
     */
    public CostSharing {
        shares = Checks.list(shares, "shares");
        Seq<Violation> problems = problems(shares);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems.head());
        }
    }

    /**
     * Checks shares typed by a person and gives either the agreement or every problem: no share
     * ({@link BudgetViolation#SHARING_EMPTY}), a partner listed twice
     * ({@link BudgetViolation#SHARING_DUPLICATE}), a sum other than exactly 100%
     * ({@link BudgetViolation#SHARING_SUM}, e.g. 99.99%). Paths are relative to the agreement
     * ({@code shares[1].partner}).
     *
     * @param shares the shares
     * @return the agreement, or the violations
     */
    public static Validation<Seq<Violation>, CostSharing> validate(List<PartnerShare> shares) {
        Checks.list(shares, "shares");
        Seq<Violation> problems = problems(shares);
        return problems.isEmpty() ? Validation.valid(new CostSharing(shares)) : Validation.invalid(problems);
    }

    /**
     * The agreement with the given shares.
     *
     * @param shares the shares, adding up to 100%
     * @return the agreement
     * @throws IllegalArgumentException if they do not
     */
    public static CostSharing of(PartnerShare... shares) {
        return new CostSharing(List.of(shares));
    }

    private static Seq<Violation> problems(List<PartnerShare> shares) {
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        if (shares.isEmpty()) {
            return found.append(Violation.of(BudgetViolation.SHARING_EMPTY, "shares"));
        }
        Set<PartnerId> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            PartnerShare share = shares.get(i);
            if (!seen.add(share.partner())) {
                found = found.append(Violation.of(BudgetViolation.SHARING_DUPLICATE,
                        RulePaths.indexed("shares", i) + ".partner", share.partner().value()));
            }
            sum = sum.add(share.percent());
        }
        if (sum.compareTo(Decimals.HUNDRED) != 0) {
            found = found.append(Violation.of(BudgetViolation.SHARING_SUM, "shares", Decimals.normal(sum)));
        }
        return found;
    }

    /**
     * The partners, in order.
     *
     * @return the partners
     */
    public List<PartnerId> partners() {
        List<PartnerId> partners = new ArrayList<>();
        shares.forEach(s -> partners.add(s.partner()));
        return Collections.unmodifiableList(partners);
    }

    /**
     * The share of a partner.
     *
     * @param partner the partner
     * @return its share in percent, if it is part of the agreement
     */
    public Optional<BigDecimal> percentOf(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return shares.stream().filter(s -> s.partner().equals(partner)).map(PartnerShare::percent).findFirst();
    }

    /**
     * Divides an amount between the partners by largest remainder: each part is the exact share
     * rounded down to the minor unit, and the minor units left over go one each to the parts with
     * the largest remainders (the earlier partner first on a tie). The parts add up exactly to the
     * amount and each is within one minor unit of its exact share. A negative amount (a refund) is
     * divided the same way, with every sign turned.
     *
     * @param amount the amount to divide
     * @return the parts, in the order of the shares
     */
    public List<Money> split(Money amount) {
        Objects.requireNonNull(amount, "amount");
        BigInteger whole = amount.minorUnits().abs();
        int n = shares.size();
        BigInteger[] parts = new BigInteger[n];
        BigDecimal[] remainders = new BigDecimal[n];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal exact = new BigDecimal(whole).multiply(shares.get(i).percent()).movePointLeft(2);
            parts[i] = exact.toBigInteger();
            remainders[i] = exact.subtract(new BigDecimal(parts[i]));
            given = given.add(parts[i]);
        }
        int left = whole.subtract(given).intValueExact();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int byRemainder = remainders[b].compareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
        });
        for (int k = 0; k < left; k++) {
            parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
        }
        int digits = Money.fractionDigits(amount.currency());
        List<Money> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigInteger signed = amount.isNegative() ? parts[i].negate() : parts[i];
            result.add(Money.of(new BigDecimal(signed, digits), amount.currency()));
        }
        return Collections.unmodifiableList(result);
    }
}
