package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.internal.Checks;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing to buy from a supplier (采购需求), paid from a budget line: the venue, the stage build,
 * the equipment, the gifts. Quotes are compared for it, the policy's number of them or a waiver,
 * one is chosen with a rationale, and the contract's terms are recorded.
 *
 * @param id         the need's identity within its plan
 * @param item       what is bought, e.g. {@code 场地租赁}
 * @param budgetLine the budget line that pays for it
 * @param currency   the currency quotes are compared in: the budget line's
 * @param quotes     the quotes received, at most one per supplier
 * @param waiver     a recorded exception to the number of quotes, if any
 * @param choice     the supplier chosen, with the rationale, once chosen
 * @param contract   the contract's terms, once signed
 */
@Value.Builder
public record SupplierNeed(NeedId id, String item, BudgetLineId budgetLine, Currency currency, List<Quote> quotes,
                           Optional<Waiver> waiver, Optional<Choice> choice, Optional<ContractTerms> contract) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public SupplierNeed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(budgetLine, "budgetLine");
        Objects.requireNonNull(currency, "currency");
        quotes = Checks.list(quotes, "quotes");
        Checks.optional(waiver, "waiver");
        Checks.optional(choice, "choice");
        Checks.optional(contract, "contract");
    }

    /**
     * A builder for a need.
     *
     * @return a new builder
     */
    public static SupplierNeedBuilder builder() {
        return new SupplierNeedBuilder();
    }

    /**
     * A builder that starts from this need.
     *
     * @return a builder holding every component of this need
     */
    public SupplierNeedBuilder toBuilder() {
        return new SupplierNeedBuilder().from(this);
    }

    /**
     * The quote of a supplier, the first if it quoted twice.
     *
     * @param supplier the supplier
     * @return its quote, if any
     */
    public Optional<Quote> quote(SupplierId supplier) {
        Objects.requireNonNull(supplier, "supplier");
        return quotes.stream().filter(q -> q.supplier().equals(supplier)).findFirst();
    }

    /**
     * The chosen supplier's quote.
     *
     * @return the quote, empty when nothing is chosen or the chosen supplier did not quote
     */
    public Optional<Quote> chosenQuote() {
        return choice.flatMap(c -> quote(c.supplier()));
    }

    /**
     * How many different suppliers quoted a price that can be compared in the need's currency
     * (in it, or converted by a stated rate).
     *
     * @return the number of comparable quotes
     */
    public int comparableQuotes() {
        return (int) quotes.stream().filter(q -> q.priceIn(currency).isPresent()).map(Quote::supplier).distinct()
                .count();
    }

    /**
     * Whether the need may go ahead under a policy: at least the policy's number of comparable
     * quotes, or a waiver.
     *
     * @param policy the policy
     * @return true when enough quotes were compared or a waiver is recorded
     */
    public boolean isCompared(SupplyPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return waiver.isPresent() || comparableQuotes() >= policy.minimumQuotes();
    }

    /**
     * This need with another quote added.
     *
     * @param quote the quote
     * @return a copy
     */
    public SupplierNeed withQuote(Quote quote) {
        return toBuilder().addQuotes(quote).build();
    }

    /**
     * This need with a choice.
     *
     * @param newChoice the choice
     * @return a copy
     */
    public SupplierNeed withChoice(Choice newChoice) {
        return toBuilder().choice(newChoice).build();
    }
}
