package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.budget.Approval;
import io.github.campaignkit.core.budget.ApprovalDecision;
import io.github.campaignkit.core.budget.ApprovalStatus;
import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.BudgetPolicy;
import io.github.campaignkit.core.budget.BudgetRules;
import io.github.campaignkit.core.budget.BudgetVersion;
import io.github.campaignkit.core.budget.ChannelResult;
import io.github.campaignkit.core.budget.CostSharing;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.budget.PartnerShare;
import io.github.campaignkit.core.budget.Pricing;
import io.github.campaignkit.core.budget.Quantity;
import io.github.campaignkit.core.budget.ReturnOnInvestment;
import io.github.campaignkit.core.budget.ReviewOpinion;
import io.github.campaignkit.core.budget.Reviewer;
import io.github.campaignkit.core.budget.ReviewerRole;
import io.github.campaignkit.core.budget.Settlement;
import io.github.campaignkit.core.budget.SettlementLine;
import io.github.campaignkit.core.budget.SpendEntry;
import io.github.campaignkit.core.budget.UnitPrice;
import io.github.campaignkit.core.budget.VarianceExplanation;
import io.github.campaignkit.core.budget.Verdict;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for the budget package: money, lines, plans, budgets in every approval state, cost
 * sharing, settlements, returns and budget changes. Every value is valid by construction;
 * {@link #approvedBudgets()} and {@link #validPlans()} also pass {@link BudgetRules#plan()}
 * without an error, so campaigns carrying them can leave planning.
 */
public final class BudgetArbitraries {

    /** Chinese yuan, the currency most generated amounts are in. */
    public static final Currency CNY = Currency.getInstance("CNY");

    private static final String[] UNITS = {"人", "天", "份", "个", "场", "次", "千次曝光", "", "days", "pcs"};

    private BudgetArbitraries() {
    }

    /**
     * Currencies with a minor unit of 0, 2 or 3 digits, mostly CNY.
     *
     * @return the generator
     */
    public static Arbitrary<Currency> currencies() {
        return Arbitraries.frequency(Tuple.of(6, "CNY"), Tuple.of(1, "USD"), Tuple.of(1, "EUR"), Tuple.of(1, "JPY"),
                Tuple.of(1, "HKD"), Tuple.of(1, "KWD")).map(Currency::getInstance);
    }

    /**
     * Amounts of money in the given currency between the given minor units.
     *
     * @param currency the currency
     * @param minMinor the least amount, in minor units
     * @param maxMinor the largest amount, in minor units
     * @return the generator
     */
    public static Arbitrary<Money> money(Currency currency, long minMinor, long maxMinor) {
        return Arbitraries.longs().between(minMinor, maxMinor).map(minor -> Money.ofMinor(minor, currency));
    }

    /**
     * Amounts of money of any sign, up to ten million major units, in any generated currency.
     *
     * @return the generator
     */
    public static Arbitrary<Money> money() {
        return Combinators.combine(currencies(), Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L))
                .as((currency, cents) -> hundredths(cents, currency));
    }

    private static long scale(Currency currency, long major) {
        return BigDecimal.valueOf(major).movePointRight(Money.fractionDigits(currency)).longValueExact();
    }

    /**
     * Unit prices with up to 6 fraction digits, from 0 to 100,000.
     *
     * @param currency the currency
     * @return the generator
     */
    public static Arbitrary<UnitPrice> unitPrices(Currency currency) {
        return decimals(100_000, 6).map(amount -> UnitPrice.of(amount, currency));
    }

    /** Decimals from 0 to {@code max} with up to {@code digits} fraction digits, without flat-mapping. */
    private static Arbitrary<BigDecimal> decimals(long max, int digits) {
        return Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(max))
                        .ofScale(digits), Arbitraries.integers().between(0, digits))
                .as((value, scale) -> value.setScale(scale, RoundingMode.DOWN));
    }

    /**
     * Quantity factors: 0 to 2,000 with up to 2 fraction digits, with a unit from the seeds.
     *
     * @return the generator
     */
    public static Arbitrary<Quantity.Factor> factors() {
        return Combinators.combine(decimals(2000, 2), Arbitraries.of(UNITS)).as(Quantity.Factor::new);
    }

    /**
     * Quantities of one to three factors.
     *
     * @return the generator
     */
    public static Arbitrary<Quantity> quantities() {
        return factors().list().ofMinSize(1).ofMaxSize(3).map(Quantity::new);
    }

    /**
     * Per-unit pricings in the given currency.
     *
     * @param currency the currency
     * @return the generator
     */
    public static Arbitrary<Pricing.PerUnit> perUnit(Currency currency) {
        return Combinators.combine(quantities(), unitPrices(currency)).as(Pricing.PerUnit::new);
    }

    /**
     * Fixed pricings between 0 and 1,000,000 in the given currency.
     *
     * @param currency the currency
     * @return the generator
     */
    public static Arbitrary<Pricing.Fixed> fixed(Currency currency) {
        return money(currency, 0, scale(currency, 1_000_000)).map(Pricing.Fixed::new);
    }

    /**
     * Pricings of either kind.
     *
     * @param currency the currency
     * @return the generator
     */
    public static Arbitrary<Pricing> pricings(Currency currency) {
        return Arbitraries.oneOf(perUnit(currency), fixed(currency));
    }

    /**
     * Line ids.
     *
     * @return the generator
     */
    public static Arbitrary<BudgetLineId> lineIds() {
        return CampaignArbitraries.identifiers().map(BudgetLineId::of);
    }

    /**
     * Partner ids.
     *
     * @return the generator
     */
    public static Arbitrary<PartnerId> partnerIds() {
        return Arbitraries.oneOf(Arbitraries.of("科技公司A", "健康品牌B", "咖啡连锁C", "Acme"),
                CampaignArbitraries.identifiers()).map(PartnerId::of);
    }

    /**
     * Complete lines (owner and approver named) in the given currency and category.
     *
     * @param id       the line's id
     * @param currency the currency
     * @param category the category
     * @param pricing  how it is priced
     * @return the generator
     */
    public static Arbitrary<BudgetLine> lines(BudgetLineId id, Currency currency, BudgetCategory category,
                                              Arbitrary<? extends Pricing> pricing) {
        return Combinators.combine(CampaignArbitraries.texts(), pricing, CampaignArbitraries.memberIds(),
                        CampaignArbitraries.memberIds(), CampaignArbitraries.texts().optional(0.3))
                .as((item, p, owner, approver, notes) -> new BudgetLine(id, category, item, p, Optional.of(owner),
                        Optional.of(approver), notes));
    }

    /**
     * Lines of any category and currency, sometimes without owner or approver.
     *
     * @return the generator
     */
    public static Arbitrary<BudgetLine> lines() {
        return Combinators.combine(lineIds(), currencies(), Arbitraries.of(BudgetCategory.class), pricingSeeds(),
                        CampaignArbitraries.texts(), CampaignArbitraries.memberIds().optional(0.7),
                        CampaignArbitraries.memberIds().optional(0.7), CampaignArbitraries.texts().optional(0.3))
                .as((id, currency, category, pricing, item, owner, approver, notes) -> new BudgetLine(id, category, item,
                        pricing.in(currency), owner, approver, notes));
    }

    /**
     * Policies: the two presets and variants with a contingency band of at least two points
     * within 0–50%.
     *
     * @return the generator
     */
    public static Arbitrary<BudgetPolicy> policies() {
        Arbitrary<BudgetPolicy> variants = Combinators.combine(Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(2, 10), Arbitraries.integers().between(0, 50),
                        Arbitraries.integers().between(1, 100), Arbitraries.integers().between(1, 100),
                        Arbitraries.of(ReviewerRole.class).list().uniqueElements().ofMaxSize(4))
                .as((min, gap, threshold, spent, elapsed, roles) -> new BudgetPolicy(BigDecimal.valueOf(min),
                        BigDecimal.valueOf(min + gap), BigDecimal.valueOf(threshold), BigDecimal.valueOf(spent),
                        BigDecimal.valueOf(elapsed), roles));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(BudgetPolicy.standard())),
                Tuple.of(1, Arbitraries.just(BudgetPolicy.enterpriseEvent())), Tuple.of(2, variants));
    }

    /**
     * Reviewers.
     *
     * @return the generator
     */
    public static Arbitrary<Reviewer> reviewers() {
        return Combinators.combine(Arbitraries.of(ReviewerRole.class), CampaignArbitraries.memberIds())
                .as(Reviewer::new);
    }

    /**
     * Plans that pass {@link BudgetRules#plan()} without an error: complete lines, a contingency
     * reserve in the middle of the policy's band, a ceiling at or above the total and a declared
     * total equal to it when present; an approver and a reviewer for every required department.
     *
     * @return the generator
     */
    public static Arbitrary<BudgetPlan> validPlans() {
        return validPlans(currencies(), policies());
    }

    /**
     * Valid plans (see {@link #validPlans()}) in one currency under one policy: a property about,
     * say, the standard policy in yuan needs no filter and discards no sample.
     *
     * @param currency the currency of every amount
     * @param policy   the policy the plans pass
     * @return the generator
     */
    public static Arbitrary<BudgetPlan> validPlans(Currency currency, BudgetPolicy policy) {
        return validPlans(Arbitraries.just(currency), Arbitraries.just(policy));
    }

    static Arbitrary<BudgetPlan> validPlans(Arbitrary<Currency> currencies, Arbitrary<BudgetPolicy> policies) {
        return validPlans(currencies, policies, Arbitraries.integers().between(0, MAX_LINES));
    }

    /** Valid plans with the given number of lines besides the first and the reserve (at most 5). */
    static Arbitrary<BudgetPlan> validPlans(Arbitrary<Currency> currencies, Arbitrary<BudgetPolicy> policies,
                                           Arbitrary<Integer> extraLines) {
        Arbitrary<LineSeeds> lines = Combinators.combine(extraLines,
                        Arbitraries.of("L", "行", "B-", "预算"),
                        Arbitraries.of(BudgetCategory.PEOPLE, BudgetCategory.MATERIALS, BudgetCategory.CHANNELS,
                                BudgetCategory.VENUE, BudgetCategory.OTHER).list().ofSize(MAX_LINES + 1),
                        Arbitraries.longs().between(10_000, 500_000_000), pricingSeeds().list().ofSize(MAX_LINES),
                        Arbitraries.integers().between(0, PEOPLE - 1).list().ofSize(2 * (MAX_LINES + 2)),
                        items().list().ofSize(MAX_LINES + 2))
                .as(LineSeeds::new);
        Arbitrary<Extras> extras = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.longs().between(0, 10_000_000),
                        CampaignArbitraries.memberIds().list().uniqueElements().ofSize(PEOPLE),
                        Arbitraries.integers().between(0, PEOPLE - 1).list().ofSize(5))
                .as(Extras::new);
        return Combinators.combine(currencies, policies, lines, extras).as(BudgetArbitraries::validPlan)
                .filter(plan -> BudgetRules.plan().check(plan).filter(Violation::isError).isEmpty());
    }

    /** The most lines a valid plan has besides its first line and its reserve. */
    static final int MAX_LINES = 5;

    /** How many people a generated plan's owners, approvers and reviewers are drawn from. */
    private static final int PEOPLE = 4;

    private static final String[] SEED_ITEMS = {"内部团队加班费", "外部讲师费用", "线下展架", "定制礼品", "抖音同城投放",
        "高校公众号推文合作", "场地租赁", "应急备用金", "直播主播", "小红书达人种草", "KOL合作", "物流运输"};

    /** Items: mostly the seeds' own, sometimes any text. */
    private static Arbitrary<String> items() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(SEED_ITEMS)), Tuple.of(1, CampaignArbitraries.texts()));
    }

    /** Currency-free ingredients of a valid plan's lines; people are indices into {@link Extras#people()}. */
    private record LineSeeds(int extra, String idPrefix, List<BudgetCategory> categories, long baseCents,
                             List<PricingSeed> pricings, List<Integer> people, List<String> items) {

        BudgetLineId id(int i) {
            return BudgetLineId.of(idPrefix + (i + 1));
        }
    }

    /** A currency-free pricing: per unit, or fixed at a number of hundredths. */
    private record PricingSeed(boolean perUnit, List<Quantity.Factor> factors, BigDecimal unitPrice, long cents) {

        Pricing in(Currency currency) {
            return perUnit ? Pricing.perUnit(new Quantity(factors), UnitPrice.of(unitPrice, currency))
                    : Pricing.fixed(hundredths(cents, currency));
        }
    }

    private static Arbitrary<PricingSeed> pricingSeeds() {
        return Combinators.combine(Arbitraries.of(true, false), factors().list().ofMinSize(1).ofMaxSize(3),
                decimals(100_000, 6), Arbitraries.longs().between(0, 100_000_000)).as(PricingSeed::new);
    }

    /** An amount given in hundredths, rounded (half even) to the currency: exact for 2-digit currencies. */
    private static Money hundredths(long cents, Currency currency) {
        return Money.rounded(BigDecimal.valueOf(cents, 2), currency);
    }

    private static BudgetPlan validPlan(Currency currency, BudgetPolicy policy, LineSeeds seeds, Extras extras) {
        int extra = seeds.extra();
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i <= extra; i++) {
            Pricing pricing = i == 0 ? Pricing.fixed(hundredths(seeds.baseCents(), currency))
                    : seeds.pricings().get(i - 1).in(currency);
            lines.add(new BudgetLine(seeds.id(i), seeds.categories().get(i), seeds.items().get(i), pricing,
                    Optional.of(extras.person(seeds.people().get(2 * i))),
                    Optional.of(extras.person(seeds.people().get(2 * i + 1))), Optional.empty()));
        }
        Money others = Money.zero(currency);
        for (BudgetLine line : lines) {
            others = others.plus(line.amount());
        }
        BigDecimal target = policy.contingencyMin().add(policy.contingencyMax())
                .divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_EVEN);
        BigDecimal reserve = others.amount().multiply(target)
                .divide(BigDecimal.valueOf(100).subtract(target), 12, RoundingMode.HALF_EVEN);
        int last = extra + 1;
        lines.add(new BudgetLine(seeds.id(last), BudgetCategory.CONTINGENCY, "应急备用金",
                Pricing.fixed(Money.rounded(reserve, currency)),
                Optional.of(extras.person(seeds.people().get(2 * last))),
                Optional.of(extras.person(seeds.people().get(2 * last + 1))), Optional.of("按实际使用冲销")));
        BudgetPlan plan = BudgetPlan.empty(currency).withPolicy(policy).withLines(lines);
        Money total = plan.total();
        List<Reviewer> named = new ArrayList<>();
        for (ReviewerRole role : policy.requiredReviewers()) {
            named.add(Reviewer.of(role, extras.person(extras.named().get(role.ordinal()))));
        }
        return plan.toBuilder()
                .declaredTotal(extras.declared() ? Optional.of(total) : Optional.empty())
                .ceiling(extras.ceiling() ? Optional.of(total.plus(hundredths(extras.headroom(), currency)))
                        : Optional.empty())
                .approver(extras.person(extras.named().get(4)))
                .reviewers(named)
                .build();
    }

    /** What a valid plan has besides its lines. */
    private record Extras(boolean declared, boolean ceiling, long headroom, List<MemberId> people,
                          List<Integer> named) {

        MemberId person(int index) {
            return people.get(index);
        }
    }

    /**
     * Plans of any completeness: valid ones, and drafts with missing owners, no reserve, a
     * mismatching declared total or no lines at all.
     *
     * @return the generator
     */
    public static Arbitrary<BudgetPlan> plans() {
        Arbitrary<BudgetPlan> drafts = Combinators.combine(currencies(), policies(), Arbitraries.integers().between(0, 4),
                        lineIds().list().uniqueElements().ofSize(4), Arbitraries.of(BudgetCategory.class).list().ofSize(4),
                        pricingSeeds().list().ofSize(4), CampaignArbitraries.texts(),
                        Combinators.combine(Arbitraries.longs().between(0, 100_000_000).optional(0.4),
                                CampaignArbitraries.memberIds().optional(0.5)).as(Tuple::of))
                .as((currency, policy, count, ids, categories, pricings, item, rest) -> {
                    Optional<MemberId> approver = rest.get2();
                    List<BudgetLine> lines = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        lines.add(new BudgetLine(ids.get(i), categories.get(i), i == 0 ? "" : item,
                                pricings.get(i).in(currency), i % 2 == 0 ? Optional.empty() : approver, approver,
                                Optional.empty()));
                    }
                    return BudgetPlan.empty(currency).withPolicy(policy).withLines(lines).toBuilder()
                            .declaredTotal(rest.get1().map(cents -> hundredths(cents, currency)))
                            .approver(approver).build();
                });
        return Arbitraries.oneOf(validPlans(), drafts);
    }

    /**
     * Review opinions.
     *
     * @return the generator
     */
    public static Arbitrary<ReviewOpinion> opinions() {
        return Combinators.combine(Arbitraries.of(ReviewerRole.class), CampaignArbitraries.memberIds(),
                        Arbitraries.of(Verdict.class), CampaignArbitraries.texts(), CampaignArbitraries.instants())
                .as(ReviewOpinion::new);
    }

    /**
     * Approval decisions.
     *
     * @return the generator
     */
    public static Arbitrary<ApprovalDecision> decisions() {
        return Combinators.combine(CampaignArbitraries.memberIds(), CampaignArbitraries.instants(),
                CampaignArbitraries.texts()).as(ApprovalDecision::new);
    }

    /**
     * Approval states of every status, consistent with it.
     *
     * @return the generator
     */
    public static Arbitrary<Approval> approvals() {
        return Combinators.combine(Arbitraries.of(ApprovalStatus.class), opinions().list().ofMaxSize(4), decisions())
                .as((status, opinions, decision) -> new Approval(status,
                        status == ApprovalStatus.DRAFT ? List.of() : opinions,
                        status.isDecided() ? Optional.of(decision) : Optional.empty()));
    }

    /**
     * The approval a plan gets from its named people: an opinion of every required department
     * (sometimes an objection first, withdrawn by a later agreement) and the approver's decision.
     *
     * @param plan    the plan, with its approver and reviewers named
     * @param approve true to approve, false to reject
     * @return the generator
     */
    public static Arbitrary<Approval> approvalOf(BudgetPlan plan, boolean approve) {
        return approvalSeeds().map(seed -> seed.approval(plan, approve));
    }

    /** Plan-free ingredients of an approval by a plan's named people. */
    private record ApprovalSeed(Instant at, String text, List<Verdict> verdicts, boolean objectedFirst) {

        Approval approval(BudgetPlan plan, boolean approve) {
            List<ReviewerRole> roles = plan.policy().requiredReviewers();
            List<ReviewOpinion> opinions = new ArrayList<>();
            for (int i = 0; i < roles.size(); i++) {
                MemberId reviewer = plan.reviewer(roles.get(i)).orElseThrow();
                if (objectedFirst && i == 0) {
                    opinions.add(new ReviewOpinion(roles.get(i), reviewer, Verdict.OBJECT, text, at));
                }
                opinions.add(new ReviewOpinion(roles.get(i), reviewer, verdicts.get(i), text, at));
            }
            return new Approval(approve ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED, opinions,
                    Optional.of(new ApprovalDecision(plan.approver().orElseThrow(), at, text)));
        }
    }

    private static Arbitrary<ApprovalSeed> approvalSeeds() {
        return Combinators.combine(CampaignArbitraries.instants(), CampaignArbitraries.texts(),
                        Arbitraries.of(Verdict.AGREE, Verdict.AGREE_WITH_CONDITIONS).list()
                                .ofSize(ReviewerRole.values().length),
                        Arbitraries.of(true, false, false))
                .as(ApprovalSeed::new);
    }

    /**
     * Kept versions (approved or rejected).
     *
     * @return the generator
     */
    public static Arbitrary<BudgetVersion> versions() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), validPlans(), Arbitraries.of(true, false),
                        approvalSeeds())
                .as((number, plan, approve, seed) -> new BudgetVersion(number, plan, seed.approval(plan, approve)));
    }

    /**
     * Cost-sharing agreements of one to four partners whose shares (up to six fraction digits,
     * mostly whole or two) add up to exactly 100%.
     *
     * @return the generator
     */
    public static Arbitrary<CostSharing> costSharings() {
        return Combinators.combine(partnerIds().list().uniqueElements().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.integers().between(1, 99_999_999).set().ofMaxSize(3), Arbitraries.of(0, 4, 6, 6))
                .as((partners, cuts, coarse) -> {
                    int n = Math.min(partners.size(), cuts.size() + 1);
                    // Cut points in millionths of a percent, coarsened to whole or hundredths most of the time.
                    int unit = (int) Math.pow(10, coarse);
                    java.util.TreeSet<Integer> sorted = new java.util.TreeSet<>();
                    cuts.forEach(c -> sorted.add(Math.max(unit, c / unit * unit)));
                    sorted.remove(100_000_000);
                    List<Integer> bounds = new ArrayList<>(sorted).subList(0, Math.min(n - 1, sorted.size()));
                    bounds = new ArrayList<>(bounds);
                    bounds.add(100_000_000);
                    List<PartnerShare> shares = new ArrayList<>();
                    int previous = 0;
                    for (int i = 0; i < bounds.size(); i++) {
                        shares.add(PartnerShare.of(partners.get(i), BigDecimal.valueOf(bounds.get(i) - previous, 6)));
                        previous = bounds.get(i);
                    }
                    return new CostSharing(shares);
                });
    }

    /**
     * Partner shares.
     *
     * @return the generator
     */
    public static Arbitrary<PartnerShare> partnerShares() {
        return costSharings().map(s -> s.shares().get(0));
    }

    /**
     * Budgets whose current plan is a valid, approved first version or a later one (earlier
     * versions kept, rejected or approved), sometimes with a cost-sharing agreement; no spend yet.
     * Campaigns carrying them may leave planning.
     *
     * @return the generator
     */
    public static Arbitrary<Budget> approvedBudgets() {
        return approvedBudgets(currencies(), policies());
    }

    /**
     * Approved budgets (see {@link #approvedBudgets()}) in one currency under one policy.
     *
     * @param currency the currency of every amount
     * @param policy   the policy every version passes
     * @return the generator
     */
    public static Arbitrary<Budget> approvedBudgets(Currency currency, BudgetPolicy policy) {
        return approvedBudgets(Arbitraries.just(currency), Arbitraries.just(policy));
    }

    static Arbitrary<Budget> approvedBudgets(Arbitrary<Currency> currencies, Arbitrary<BudgetPolicy> policies) {
        return approvedBudgets(currencies, policies, Arbitraries.integers().between(0, MAX_LINES));
    }

    /** Approved budgets whose plans have the given number of lines besides the first and the reserve. */
    static Arbitrary<Budget> approvedBudgets(Arbitrary<Currency> currencies, Arbitrary<BudgetPolicy> policies,
                                             Arbitrary<Integer> extraLines) {
        Arbitrary<BudgetPlan> plans = validPlans(currencies, policies, extraLines);
        return Combinators.combine(plans, plans.list().ofMaxSize(2), approvalSeeds().list().ofSize(3),
                        Arbitraries.of(true, false).list().ofSize(2), costSharings().optional(0.4))
                .as((plan, earlier, seeds, decisions, sharing) -> {
                    List<BudgetVersion> versions = new ArrayList<>();
                    for (int i = 0; i < earlier.size(); i++) {
                        versions.add(new BudgetVersion(i + 1, earlier.get(i),
                                seeds.get(i + 1).approval(earlier.get(i), decisions.get(i))));
                    }
                    return Budget.builder().plan(plan).approval(seeds.get(0).approval(plan, true)).versions(versions)
                            .costSharing(sharing).build();
                });
    }

    /**
     * Budgets in every state: drafts, submitted ones with opinions, approved ones with spend,
     * explanations and settlements, and approved ones revised into a new draft with the spend
     * still on the approved baseline.
     *
     * @return the generator
     */
    public static Arbitrary<Budget> budgets() {
        Arbitrary<Budget> drafts = plans().map(Budget::draft);
        Arbitrary<Budget> submitted = Combinators.combine(validPlans(), opinions().list().ofMaxSize(3))
                .as((plan, opinions) -> Budget.draft(plan).toBuilder()
                        .approval(new Approval(ApprovalStatus.SUBMITTED, opinions, Optional.empty())).build());
        Arbitrary<Budget> revised = Combinators.combine(spentBudgets(), CampaignArbitraries.instants())
                .as((budget, at) -> budget.apply(new BudgetChange.Revise(budget.plan().withDeclaredTotal(
                                budget.plan().total())), budget.plan().approver().orElseThrow(), at).get());
        return Arbitraries.frequencyOf(Tuple.of(1, drafts), Tuple.of(1, submitted), Tuple.of(3, spentBudgets()),
                Tuple.of(1, revised));
    }

    /**
     * Approved budgets with spend on some baseline lines (between nothing and twice the line's
     * amount, paid by a partner when costs are shared), explanations for some lines and, when
     * costs are shared, sometimes a settlement.
     *
     * @return the generator
     */
    public static Arbitrary<Budget> spentBudgets() {
        Arbitrary<SpendSeed> entries = Combinators.combine(Arbitraries.integers().between(0, 99),
                        CampaignArbitraries.dates(), Arbitraries.integers().between(0, 200),
                        Arbitraries.of("同城印刷厂", "抖音", "高校后勤处", "礼品供应商").optional(0.5),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("按合同支付", "按实际使用冲销", "未使用")),
                                Tuple.of(1, CampaignArbitraries.texts())),
                        Arbitraries.integers().between(-1, 3))
                .as(SpendSeed::new);
        return Combinators.combine(approvedBudgets(), entries.list().ofMaxSize(6),
                        Arbitraries.integers().between(0, 99).set().ofMaxSize(2), CampaignArbitraries.texts(),
                        Arbitraries.of(true, false), CampaignArbitraries.instants(), CampaignArbitraries.memberIds())
                .as((budget, seeds, explained, text, settle, at, by) -> {
                    BudgetPlan base = budget.baseline().orElseThrow();
                    List<SpendEntry> spend = new ArrayList<>();
                    seeds.forEach(seed -> spend.add(seed.entry(base, budget.costSharing())));
                    List<VarianceExplanation> explanations = new ArrayList<>();
                    explained.stream().map(i -> base.lines().get(i % base.lines().size()).id()).distinct()
                            .forEach(id -> explanations.add(new VarianceExplanation(id, text)));
                    Budget withSpend = budget.toBuilder().spend(spend).explanations(explanations).build();
                    return settle ? withSpend.toBuilder().settlement(Optional.of(withSpend.settlementAsOf(at, by))).build()
                            : withSpend;
                });
    }

    /** Budget-free ingredients of a spend entry. */
    private record SpendSeed(int line, java.time.LocalDate date, int percent, Optional<String> supplier, String note,
                             int payer) {

        SpendEntry entry(BudgetPlan base, Optional<CostSharing> sharing) {
            BudgetLine chosen = base.lines().get(line % base.lines().size());
            Optional<PartnerId> paidBy = sharing.isPresent() && payer >= 0
                    ? Optional.of(sharing.get().partners().get(payer % sharing.get().partners().size()))
                    : Optional.empty();
            return new SpendEntry(chosen.id(), date, Money.rounded(chosen.amount().amount()
                    .multiply(BigDecimal.valueOf(percent)).movePointLeft(2), base.currency()), supplier,
                    Optional.of(note), paidBy);
        }
    }


    /**
     * Spend entries.
     *
     * @return the generator
     */
    public static Arbitrary<SpendEntry> spendEntries() {
        return Combinators.combine(lineIds(), CampaignArbitraries.dates(), money(CNY, 0, 10_000_000),
                        CampaignArbitraries.texts().optional(), CampaignArbitraries.texts(), partnerIds().optional())
                .as((line, date, amount, supplier, note, payer) -> new SpendEntry(line, date, amount, supplier,
                        Optional.of(note), payer));
    }

    /**
     * Variance explanations.
     *
     * @return the generator
     */
    public static Arbitrary<VarianceExplanation> explanations() {
        return Combinators.combine(lineIds(), CampaignArbitraries.texts()).as(VarianceExplanation::new);
    }

    /**
     * Settlements of generated spend between generated partners.
     *
     * @return the generator
     */
    public static Arbitrary<Settlement> settlements() {
        Arbitrary<Tuple.Tuple4<BudgetLineId, java.time.LocalDate, Long, Integer>> entries = Combinators.combine(
                lineIds(), CampaignArbitraries.dates(), Arbitraries.longs().between(0, 10_000_000),
                Arbitraries.integers().between(-1, 3)).as(Tuple::of);
        return Combinators.combine(costSharings(), currencies(), CampaignArbitraries.instants(),
                        CampaignArbitraries.memberIds(), entries.list().ofMaxSize(5))
                .as((sharing, currency, at, by, seeds) -> {
                    List<SpendEntry> spend = new ArrayList<>();
                    for (Tuple.Tuple4<BudgetLineId, java.time.LocalDate, Long, Integer> seed : seeds) {
                        spend.add(new SpendEntry(seed.get1(), seed.get2(), hundredths(seed.get3(), currency),
                                Optional.empty(), Optional.of("无"), seed.get4() < 0 ? Optional.empty()
                                        : Optional.of(sharing.partners().get(seed.get4() % sharing.partners().size()))));
                    }
                    return Settlement.of(sharing, currency, spend, at, by);
                });
    }

    /**
     * Settlement lines.
     *
     * @return the generator
     */
    public static Arbitrary<SettlementLine> settlementLines() {
        return settlements().map(s -> s.lines().get(0));
    }

    /**
     * Returns on a cost above zero, with revenue from nothing to ten times the cost.
     *
     * @return the generator
     */
    public static Arbitrary<ReturnOnInvestment> returns() {
        return Combinators.combine(currencies(), Arbitraries.longs().between(1, 100_000_000),
                        Arbitraries.integers().between(0, 1000))
                .as((currency, minor, percent) -> {
                    Money cost = Money.ofMinor(minor, currency);
                    return new ReturnOnInvestment(cost, Money.rounded(cost.amount()
                            .multiply(BigDecimal.valueOf(percent)).movePointLeft(2), currency));
                });
    }

    /**
     * Channel results, sometimes with a zero cost.
     *
     * @return the generator
     */
    public static Arbitrary<ChannelResult> channelResults() {
        return Combinators.combine(Arbitraries.of("抖音同城投放", "高校公众号推文", "小红书", "社群", "SEM", "线下快闪"),
                        money(CNY, 0, 10_000_000), money(CNY, 0, 100_000_000))
                .as(ChannelResult::new);
    }

    /**
     * Budget changes of every kind, not tied to any particular budget.
     *
     * @return the generator
     */
    public static Arbitrary<BudgetChange> changes() {
        return Arbitraries.oneOf(
                plans().map(BudgetChange.Revise::new),
                Arbitraries.just(new BudgetChange.Submit()),
                Combinators.combine(Arbitraries.of(ReviewerRole.class), Arbitraries.of(Verdict.class),
                        CampaignArbitraries.texts()).as(BudgetChange.Review::new),
                CampaignArbitraries.texts().map(BudgetChange.Approve::new),
                CampaignArbitraries.texts().map(BudgetChange.Reject::new),
                spendEntries().map(BudgetChange.RecordSpend::new),
                Combinators.combine(lineIds(), CampaignArbitraries.texts()).as(BudgetChange.ExplainVariance::new),
                costSharings().map(BudgetChange.AgreeCostSharing::new),
                Arbitraries.just(new BudgetChange.Settle()));
    }

    /**
     * Budget changes of one kind.
     *
     * @param type the kind
     * @param <T>  the kind
     * @return the generator
     */
    public static <T extends BudgetChange> Arbitrary<T> changes(Class<T> type) {
        return changes().filter(type::isInstance).map(type::cast);
    }

    /**
     * Instants, for callers that build budgets by hand.
     *
     * @return the generator
     */
    static Arbitrary<Instant> instants() {
        return CampaignArbitraries.instants();
    }
}
