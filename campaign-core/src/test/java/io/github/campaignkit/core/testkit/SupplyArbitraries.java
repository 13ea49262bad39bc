package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.supply.Choice;
import io.github.campaignkit.core.supply.ContractTerms;
import io.github.campaignkit.core.supply.CriterionScore;
import io.github.campaignkit.core.supply.Delivery;
import io.github.campaignkit.core.supply.ExchangeRate;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.supply.MaterialId;
import io.github.campaignkit.core.supply.MaterialStatus;
import io.github.campaignkit.core.supply.NeedId;
import io.github.campaignkit.core.supply.Quote;
import io.github.campaignkit.core.supply.SupplierContact;
import io.github.campaignkit.core.supply.SupplierCriterion;
import io.github.campaignkit.core.supply.SupplierEvaluation;
import io.github.campaignkit.core.supply.SupplierHistory;
import io.github.campaignkit.core.supply.SupplierId;
import io.github.campaignkit.core.supply.SupplierNeed;
import io.github.campaignkit.core.supply.SupplierProfile;
import io.github.campaignkit.core.supply.SupplierRecord;
import io.github.campaignkit.core.supply.SupplyChange;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.supply.SupplyPolicy;
import io.github.campaignkit.core.supply.Waiver;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the types of package {@code supply}: suppliers, needs with quotes and choices,
 * materials with deliveries, evaluations and histories. {@link #readyPlans(BudgetPlan)} gives plans
 * that pass {@link io.github.campaignkit.core.supply.SupplyRules#readyForExecution()} against a
 * budget.
 */
public final class SupplyArbitraries {

    private static final Currency CNY = Currency.getInstance("CNY");

    private SupplyArbitraries() {
    }

    /**
     * Supplier ids.
     *
     * @return the generator
     */
    public static Arbitrary<SupplierId> supplierIds() {
        return CampaignArbitraries.identifiers().map(SupplierId::of);
    }

    /**
     * Need ids.
     *
     * @return the generator
     */
    public static Arbitrary<NeedId> needIds() {
        return CampaignArbitraries.identifiers().map(NeedId::of);
    }

    /**
     * Material ids.
     *
     * @return the generator
     */
    public static Arbitrary<MaterialId> materialIds() {
        return CampaignArbitraries.identifiers().map(MaterialId::of);
    }

    /**
     * Contacts.
     *
     * @return the generator
     */
    public static Arbitrary<SupplierContact> contacts() {
        return Combinators.combine(CampaignArbitraries.texts(), Arbitraries.strings().numeric().ofLength(11))
                .as(SupplierContact::of);
    }

    /**
     * Suppliers with a qualification, up to two contacts and up to three past cases.
     *
     * @return the generator
     */
    public static Arbitrary<SupplierProfile> suppliers() {
        return supplierIds().flatMap(SupplyArbitraries::suppliers);
    }

    private static Arbitrary<SupplierProfile> suppliers(SupplierId id) {
        return Combinators.combine(CampaignArbitraries.texts(), CampaignArbitraries.texts(),
                        contacts().list().ofMaxSize(2), CampaignArbitraries.texts().list().ofMaxSize(3))
                .as((name, qualification, contacts, cases) -> new SupplierProfile(id, name, qualification, contacts, cases));
    }

    /**
     * Exchange rates between two different generated currencies.
     *
     * @return the generator
     */
    public static Arbitrary<ExchangeRate> exchangeRates() {
        return Combinators.combine(BudgetArbitraries.currencies(), BudgetArbitraries.currencies(),
                        Arbitraries.integers().between(1, 1_000_000))
                .as((from, to, rate) -> new ExchangeRate(from, !from.equals(to) ? to
                        : Currency.getInstance(from.equals(CNY) ? "USD" : "CNY"), BigDecimal.valueOf(rate, 4)));
    }

    /**
     * Quotes in any currency, a fifth of them in another currency with a rate to CNY.
     *
     * @return the generator
     */
    public static Arbitrary<Quote> quotes() {
        Arbitrary<Quote> plain = Combinators.combine(supplierIds(), BudgetArbitraries.currencies(),
                        Arbitraries.longs().between(0, 10_000_000), CampaignArbitraries.dates(),
                        CampaignArbitraries.texts())
                .as((id, currency, minor, date, terms) -> Quote.of(id, Money.ofMinor(minor, currency), date, terms));
        return Combinators.combine(plain, Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 90_000))
                .as((quote, pick, rate) -> pick == 0 && !quote.price().currency().equals(CNY)
                        ? quote.withExchangeRate(new ExchangeRate(quote.price().currency(), CNY,
                                BigDecimal.valueOf(rate, 4)))
                        : quote);
    }

    /**
     * Quotes of a supplier in a currency, delivering on a date.
     *
     * @param supplier the supplier
     * @param currency the currency
     * @param by       the promised delivery date
     * @return the generator
     */
    public static Arbitrary<Quote> quotes(SupplierId supplier, Currency currency, LocalDate by) {
        return Combinators.combine(Arbitraries.longs().between(100, 100_000_000), CampaignArbitraries.texts())
                .as((minor, terms) -> Quote.of(supplier, Money.ofMinor(minor, currency), by, terms));
    }

    /**
     * Waivers.
     *
     * @return the generator
     */
    public static Arbitrary<Waiver> waivers() {
        return Combinators.combine(CampaignArbitraries.texts(), CampaignArbitraries.memberIds()).as(Waiver::new);
    }

    /**
     * Choices.
     *
     * @return the generator
     */
    public static Arbitrary<Choice> choices() {
        return Combinators.combine(supplierIds(), CampaignArbitraries.texts(), CampaignArbitraries.memberIds())
                .as(Choice::new);
    }

    /**
     * Contract terms.
     *
     * @return the generator
     */
    public static Arbitrary<ContractTerms> contracts() {
        return Combinators.combine(CampaignArbitraries.texts(), CampaignArbitraries.dates(),
                CampaignArbitraries.texts()).as(ContractTerms::new);
    }

    /**
     * Needs of any shape: quotes, waivers, choices and contracts in every combination.
     *
     * @return the generator
     */
    public static Arbitrary<SupplierNeed> needs() {
        return Combinators.combine(needIds(), CampaignArbitraries.texts(), BudgetArbitraries.lineIds(),
                        BudgetArbitraries.currencies(), quotes().list().ofMaxSize(4), waivers().optional(0.3),
                        choices().optional(0.5), contracts().optional(0.5))
                .as(SupplierNeed::new);
    }

    /**
     * Deliveries, half of them made.
     *
     * @return the generator
     */
    public static Arbitrary<Delivery> deliveries() {
        return Combinators.combine(CampaignArbitraries.dates(), Arbitraries.integers().between(-5, 5).optional(0.5))
                .as((promised, shift) -> new Delivery(promised, shift.map(promised::plusDays)));
    }

    /**
     * Materials of any shape (the status matches the delivery).
     *
     * @return the generator
     */
    public static Arbitrary<Material> materials() {
        return Combinators.combine(materialIds(), CampaignArbitraries.texts(), CampaignArbitraries.texts(),
                        Arbitraries.longs().between(1, 100_000), CampaignArbitraries.dates().optional(0.8),
                        CampaignArbitraries.memberIds(), deliveries().optional(0.7),
                        Arbitraries.of(MaterialStatus.class))
                .as((id, name, spec, quantity, needBy, owner, delivery, status) -> Material.builder().id(id).name(name)
                        .spec(spec).quantity(quantity).unit("个").needBy(needBy).owner(owner).delivery(delivery)
                        .acceptance("按样品验收")
                        .status(delivery.flatMap(Delivery::actual).isPresent() || !status.isDelivered() ? status
                                : MaterialStatus.ORDERED)
                        .build());
    }

    /**
     * Criterion scores of any kind (custom ones named), weights and scores 0…100.
     *
     * @return the generator
     */
    public static Arbitrary<CriterionScore> criterionScores() {
        return Combinators.combine(Arbitraries.of(SupplierCriterion.class), CampaignArbitraries.texts(),
                        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000))
                .as((kind, name, weight, score) -> new CriterionScore(kind,
                        kind == SupplierCriterion.CUSTOM ? Optional.of(name) : Optional.empty(), BigDecimal.valueOf(weight, 1),
                        BigDecimal.valueOf(score, 1)));
    }

    /**
     * Evaluations whose weights may or may not add up to 100%.
     *
     * @return the generator
     */
    public static Arbitrary<SupplierEvaluation> evaluations() {
        return Arbitraries.oneOf(supplierIds().flatMap(SupplyArbitraries::validEvaluations),
                Combinators.combine(supplierIds(), CampaignArbitraries.dates(), CampaignArbitraries.memberIds(),
                                criterionScores().list().ofMaxSize(5), CampaignArbitraries.texts().optional())
                        .as(SupplierEvaluation::new));
    }

    /**
     * Evaluations of a supplier that can be scored: one to five different criteria whose weights
     * (whole percents) add up to exactly 100.
     *
     * @param supplier the supplier
     * @return the generator
     */
    public static Arbitrary<SupplierEvaluation> validEvaluations(SupplierId supplier) {
        return Combinators.combine(Arbitraries.of(SupplierCriterion.QUALITY, SupplierCriterion.RESPONSIVENESS,
                                SupplierCriterion.PUNCTUALITY, SupplierCriterion.PRICE, SupplierCriterion.CUSTOM)
                        .list().uniqueElements().ofMinSize(1).ofMaxSize(5),
                        Arbitraries.integers().between(0, 100).list().ofSize(4),
                        Arbitraries.integers().between(0, 100).list().ofSize(5), CampaignArbitraries.dates(),
                        CampaignArbitraries.memberIds(), CampaignArbitraries.texts().optional())
                .as((kinds, cuts, scores, on, by, comment) -> {
                    List<Integer> points = new ArrayList<>(cuts.subList(0, kinds.size() - 1));
                    points.add(0);
                    points.add(100);
                    points.sort(Integer::compare);
                    List<CriterionScore> list = new ArrayList<>();
                    for (int i = 0; i < kinds.size(); i++) {
                        SupplierCriterion kind = kinds.get(i);
                        list.add(new CriterionScore(kind, kind == SupplierCriterion.CUSTOM ? Optional.of("创意能力")
                                : Optional.empty(), BigDecimal.valueOf(points.get(i + 1) - points.get(i)),
                                BigDecimal.valueOf(scores.get(i))));
                    }
                    return new SupplierEvaluation(supplier, on, by, list, comment);
                });
    }

    /**
     * Supplier profiles.
     *
     * @return the generator
     */
    public static Arbitrary<SupplierRecord> supplierRecords() {
        return Combinators.combine(CampaignArbitraries.texts(), evaluations()).as(SupplierRecord::new);
    }

    /**
     * Histories of one supplier over up to four campaigns.
     *
     * @return the generator
     */
    public static Arbitrary<SupplierHistory> histories() {
        return supplierIds().flatMap(id -> Combinators.combine(CampaignArbitraries.texts(), validEvaluations(id))
                .as(SupplierRecord::new).list().ofMaxSize(4).map(records -> new SupplierHistory(id, records)));
    }

    /**
     * Policies asking for 1 to 5 quotes.
     *
     * @return the generator
     */
    public static Arbitrary<SupplyPolicy> policies() {
        return Arbitraries.integers().between(1, 5).map(SupplyPolicy::new);
    }

    /**
     * Plans of any shape, consistent or not.
     *
     * @return the generator
     */
    public static Arbitrary<SupplyPlan> plans() {
        return Combinators.combine(suppliers().list().ofMaxSize(4), needs().list().ofMaxSize(3),
                        materials().list().ofMaxSize(3), evaluations().list().ofMaxSize(2), policies())
                .as(SupplyPlan::new);
    }

    /**
     * Plans ready for execution against a budget plan: up to two of its lines have a need in the
     * line's currency with three or four quotes from listed suppliers (or fewer and a waiver), one
     * of them chosen; up to three materials bought through those needs from the chosen supplier,
     * promised on or before their need date. No evaluation yet. With a budget of no lines, the
     * empty plan.
     *
     * @param budget the budget plan the needs are paid from
     * @return the generator
     */
    public static Arbitrary<SupplyPlan> readyPlans(BudgetPlan budget) {
        List<BudgetLine> lines = budget.lines();
        if (lines.isEmpty()) {
            return Arbitraries.just(SupplyPlan.empty());
        }
        return Combinators.combine(Arbitraries.integers().between(0, Math.min(2, lines.size())),
                        Arbitraries.integers().between(2, 4), Arbitraries.integers().between(0, 3),
                        CampaignArbitraries.dates(), CampaignArbitraries.memberIds(), CampaignArbitraries.texts())
                .flatAs((needCount, quotesEach, materialCount, day, lead, text) -> {
                    List<SupplierProfile> suppliers = new ArrayList<>();
                    for (int s = 0; s < 4; s++) {
                        suppliers.add(SupplierProfile.builder().id(SupplierId.of("S" + s)).name("供应商" + s + text)
                                .qualification("资质" + s).addContacts(SupplierContact.of("联系人" + s, "1380000000" + s))
                                .addPastCases("案例" + s).build());
                    }
                    return Arbitraries.longs().between(100, 100_000_000).list().ofSize(8).map(prices -> {
                        List<SupplierNeed> needs = new ArrayList<>();
                        for (int n = 0; n < needCount; n++) {
                            BudgetLine line = lines.get(n);
                            List<Quote> quotes = new ArrayList<>();
                            for (int q = 0; q < quotesEach; q++) {
                                quotes.add(Quote.of(suppliers.get(q).id(), Money.ofMinor(prices.get(n * 4 + q),
                                        line.currency()), day, "款到发货"));
                            }
                            needs.add(SupplierNeed.builder().id(NeedId.of("N" + n)).item(line.item().isBlank() ? "采购"
                                    : line.item()).budgetLine(line.id()).currency(line.currency()).quotes(quotes)
                                    .waiver(quotesEach < 3 ? Optional.of(new Waiver("独家供应", lead)) : Optional.empty())
                                    .choice(new Choice(suppliers.get(n % quotesEach).id(), "报价最优、案例丰富", lead))
                                    .contract(new ContractTerms("服务内容" + text, day, "延期每日扣款1%"))
                                    .build());
                        }
                        List<Material> materials = new ArrayList<>();
                        for (int m = 0; needCount > 0 && m < materialCount; m++) {
                            SupplierNeed need = needs.get(m % needCount);
                            materials.add(Material.builder().id(MaterialId.of("M" + m)).name("物料" + m).spec("规格")
                                    .quantity(m + 1).unit("个").needBy(day.plusDays(m)).owner(lead).need(need.id())
                                    .supplier(need.choice().orElseThrow().supplier())
                                    .delivery(Delivery.promised(day)).acceptance("按样品验收")
                                    .status(MaterialStatus.ORDERED).build());
                        }
                        return SupplyPlan.builder().suppliers(suppliers).needs(needs).materials(materials).build();
                    });
                });
    }

    /**
     * The campaign after its overall lead evaluated, through the standard lifecycle, every chosen
     * supplier that has no evaluation (quality 40%, punctuality 30%, price 30%), so that it may leave
     * review. Evaluations the lifecycle refuses (a terminal campaign) are skipped.
     *
     * @param campaign the campaign
     * @param clock    the clock the commands run at; the evaluations are dated its day in UTC
     * @return the campaign with every chosen supplier evaluated
     */
    public static Campaign evaluateChosen(Campaign campaign, java.time.Clock clock) {
        MemberId lead = campaign.profile().overallLead();
        LocalDate on = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        Campaign current = campaign;
        for (SupplierId chosen : campaign.supply().chosenSuppliers()) {
            if (current.supply().evaluation(chosen).isEmpty()) {
                SupplierEvaluation evaluation = SupplierEvaluation.builder().supplier(chosen).evaluatedOn(on)
                        .evaluatedBy(lead).addScores(CriterionScore.of(SupplierCriterion.QUALITY, "40", "90"),
                                CriterionScore.of(SupplierCriterion.PUNCTUALITY, "30", "80"),
                                CriterionScore.of(SupplierCriterion.PRICE, "30", "85"))
                        .build();
                current = io.github.campaignkit.core.campaign.Lifecycle.standard().apply(current,
                        io.github.campaignkit.core.campaign.CampaignCommand.by(lead,
                                SupplyChange.EvaluateSupplier.of(evaluation)), clock).getOrElse(current);
            }
        }
        return current;
    }
}
