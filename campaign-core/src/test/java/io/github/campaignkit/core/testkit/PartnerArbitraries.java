package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.budget.CostSharing;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.budget.PartnerShare;
import io.github.campaignkit.core.partner.Candidate;
import io.github.campaignkit.core.partner.Contact;
import io.github.campaignkit.core.partner.Criterion;
import io.github.campaignkit.core.partner.CriterionKind;
import io.github.campaignkit.core.partner.Duty;
import io.github.campaignkit.core.partner.Partner;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.partner.PartnerRole;
import io.github.campaignkit.core.partner.RankedCandidate;
import io.github.campaignkit.core.partner.Ranking;
import io.github.campaignkit.core.partner.Score;
import io.github.campaignkit.core.partner.ScoreLine;
import io.github.campaignkit.core.partner.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the partner package; every value is valid by construction: scorecards whose
 * weights add up to exactly 100%, candidates scored once per criterion on the scale, rankings
 * computed from them, partners with one lead whose cost and exposure shares add up to 100%.
 */
public final class PartnerArbitraries {

    private static final String[] STANDARD_NAMES = {"行业关联性", "用户群体重叠度", "资源优势", "品牌调性一致性"};

    private PartnerArbitraries() {
    }

    /**
     * Weights in percent, {@code count} of them, adding up to exactly 100: whole percents most of
     * the time, halves or hundredths otherwise; each at least 0.
     *
     * @param count how many
     * @return the generator
     */
    public static Arbitrary<List<BigDecimal>> weights(int count) {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000).list().ofSize(count - 1),
                        Arbitraries.of(100, 50, 1))
                .as((cuts, unit) -> {
                    List<Integer> sorted = new ArrayList<>();
                    cuts.forEach(c -> sorted.add(c / unit * unit));
                    sorted.sort(null);
                    List<BigDecimal> weights = new ArrayList<>();
                    int previous = 0;
                    for (int cut : sorted) {
                        weights.add(BigDecimal.valueOf(cut - previous, 2));
                        previous = cut;
                    }
                    weights.add(BigDecimal.valueOf(10_000 - previous, 2));
                    return weights;
                });
    }

    /**
     * Criteria of any kind and weight.
     *
     * @return the generator
     */
    public static Arbitrary<Criterion> criteria() {
        return Combinators.combine(Arbitraries.of(CriterionKind.class), CampaignArbitraries.texts(),
                        Arbitraries.integers().between(0, 10_000))
                .as((kind, name, weight) -> new Criterion(kind, name, BigDecimal.valueOf(weight, 2)));
    }

    /**
     * Scorecards with 1 to 5 criteria of distinct names (the seed's four standard ones first, then
     * custom ones), weights adding up to exactly 100%, on a scale of 0–10, 1–5, 0–5 or 0–100.
     *
     * @return the generator
     */
    public static Arbitrary<Scorecard> scorecards() {
        return Arbitraries.integers().between(1, 5).flatMap(n -> Combinators.combine(weights(n),
                        CampaignArbitraries.texts().list().ofSize(n),
                        Arbitraries.of(new int[] {0, 10}, new int[] {1, 5}, new int[] {0, 5}, new int[] {0, 100}))
                .as((weights, names, scale) -> {
                    List<Criterion> criteria = new ArrayList<>();
                    Set<String> used = new LinkedHashSet<>();
                    for (int i = 0; i < n; i++) {
                        boolean standard = i < STANDARD_NAMES.length && names.get(i).length() % 3 != 0;
                        String name = standard ? STANDARD_NAMES[i] : "自定义" + i + names.get(i);
                        used.add(name);
                        criteria.add(new Criterion(standard ? CriterionKind.values()[i] : CriterionKind.CUSTOM, name,
                                weights.get(i)));
                    }
                    return new Scorecard(criteria, BigDecimal.valueOf(scale[0]), BigDecimal.valueOf(scale[1]));
                }));
    }

    /**
     * Scores on the scorecard's scale, in tenths.
     *
     * @param scorecard the scorecard
     * @return the generator
     */
    public static Arbitrary<BigDecimal> scoreValues(Scorecard scorecard) {
        int min = scorecard.minScore().multiply(BigDecimal.TEN).intValueExact();
        int max = scorecard.maxScore().multiply(BigDecimal.TEN).intValueExact();
        // Whole scores most of the time, so that ties happen.
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(min / 10, max / 10).map(BigDecimal::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(min, max).map(v -> BigDecimal.valueOf(v, 1))));
    }

    /**
     * Scores of any criterion name and value.
     *
     * @return the generator
     */
    public static Arbitrary<Score> scores() {
        return Combinators.combine(CampaignArbitraries.texts(), Arbitraries.integers().between(0, 100),
                        CampaignArbitraries.texts().optional())
                .as((criterion, value, note) -> new Score(criterion, BigDecimal.valueOf(value), note.orElse("")));
    }

    /**
     * Candidates scored once on every criterion of the scorecard, in a shuffled order.
     *
     * @param scorecard the scorecard
     * @param id        the candidate's id
     * @return the generator
     */
    public static Arbitrary<Candidate> candidates(Scorecard scorecard, PartnerId id) {
        int n = scorecard.criteria().size();
        return Combinators.combine(scoreValues(scorecard).list().ofSize(n), CampaignArbitraries.texts(),
                        Arbitraries.of("科技", "健康", "咖啡", "运动", "美妆", "汽车"), Arbitraries.shuffle(range(n)),
                        CampaignArbitraries.texts().optional())
                .as((values, name, industry, order, note) -> {
                    List<Score> scores = new ArrayList<>();
                    for (int i : order) {
                        scores.add(new Score(scorecard.criteria().get(i).name(), values.get(i),
                                i % 2 == 0 ? note.orElse("") : ""));
                    }
                    return new Candidate(id, name, industry, scores, note.orElse(""));
                });
    }

    /**
     * Candidates of generated scorecards.
     *
     * @return the generator
     */
    public static Arbitrary<Candidate> candidates() {
        return Combinators.combine(scorecards(), BudgetArbitraries.partnerIds()).flatAs(PartnerArbitraries::candidates);
    }

    /**
     * Candidate lists for a scorecard: 0 to 6 candidates with distinct ids, always including the
     * given ones.
     *
     * @param scorecard the scorecard
     * @param required  ids that must be among the candidates
     * @return the generator
     */
    public static Arbitrary<List<Candidate>> candidateLists(Scorecard scorecard, List<PartnerId> required) {
        return BudgetArbitraries.partnerIds().list().ofMaxSize(6 - Math.min(6, required.size())).flatMap(extra -> {
            Set<PartnerId> ids = new LinkedHashSet<>(required);
            ids.addAll(extra);
            List<Arbitrary<Candidate>> each = new ArrayList<>();
            ids.forEach(id -> each.add(candidates(scorecard, id)));
            return Combinators.combine(each).as(list -> list);
        });
    }

    /**
     * Rankings of generated scorecards and candidates.
     *
     * @return the generator
     */
    public static Arbitrary<Ranking> rankings() {
        return scorecards().flatMap(card -> candidateLists(card, List.of())
                .map(list -> Ranking.of(card, list).get()));
    }

    /**
     * Places of generated rankings.
     *
     * @return the generator
     */
    public static Arbitrary<RankedCandidate> rankedCandidates() {
        return Combinators.combine(rankings().filter(r -> !r.entries().isEmpty()), Arbitraries.integers())
                .as((r, pick) -> r.entries().get(Math.floorMod(pick, r.entries().size())));
    }

    /**
     * Score lines of generated places.
     *
     * @return the generator
     */
    public static Arbitrary<ScoreLine> scoreLines() {
        return Combinators.combine(criteria(), Arbitraries.integers().between(0, 100))
                .as((c, s) -> ScoreLine.of(c, BigDecimal.valueOf(s)));
    }

    /**
     * Duties, dated or not.
     *
     * @return the generator
     */
    public static Arbitrary<Duty> duties() {
        return Combinators.combine(Arbitraries.of("整体统筹", "方案策划", "资源协调", "提供行业资源", "执行支持", "用户触达"),
                        CampaignArbitraries.texts().optional(), CampaignArbitraries.dates().optional())
                .as((task, deliverable, due) -> new Duty(task, deliverable.orElse(""), due));
    }

    /**
     * Contacts.
     *
     * @return the generator
     */
    public static Arbitrary<Contact> contacts() {
        return Combinators.combine(CampaignArbitraries.texts(), Arbitraries.of("总经理", "市场经理", "品牌总监", ""),
                        Arbitraries.of("138-0000-0000", "partner@example.com", ""))
                .as(Contact::new);
    }

    /**
     * A complete partner: at least one duty and one contact, a decision process, the given shares.
     *
     * @param id       the partner id
     * @param role     its role
     * @param cost     its cost share in percent
     * @param exposure its exposure share in percent
     * @return the generator
     */
    public static Arbitrary<Partner> partners(PartnerId id, PartnerRole role, BigDecimal cost, BigDecimal exposure) {
        return Combinators.combine(CampaignArbitraries.texts(), duties().list().ofMinSize(1).ofMaxSize(3),
                        contacts().list().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.of("对接人确认→总经理审批", "双方周例会决策，重大事项由主导方总经理拍板", "Weekly steering call"))
                .as((name, duties, contacts, process) -> new Partner(id, name, role, duties, contacts, process, cost,
                        exposure));
    }

    /**
     * Complete partners of any role and shares.
     *
     * @return the generator
     */
    public static Arbitrary<Partner> partners() {
        return Combinators.combine(BudgetArbitraries.partnerIds(), Arbitraries.of(PartnerRole.class),
                        Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
                .flatAs((id, role, cost, exposure) -> partners(id, role, BigDecimal.valueOf(cost),
                        BigDecimal.valueOf(exposure)));
    }

    /**
     * Plans that pass every partner rule against the given cost-sharing agreement: with an
     * agreement, its partners in its order with its shares (the first leads), exposure shares that
     * add up to 100%, and a scorecard with every partner among the candidates; without one, a
     * scorecard and candidates but no partner, or nothing at all.
     *
     * @param agreement the budget's agreement, if it has one
     * @return the generator
     */
    public static Arbitrary<PartnerPlan> plansFor(Optional<CostSharing> agreement) {
        if (agreement.isEmpty()) {
            return Arbitraries.oneOf(Arbitraries.just(PartnerPlan.empty()),
                    scorecards().flatMap(card -> candidateLists(card, List.of())
                            .map(list -> new PartnerPlan(card, list, List.of()))));
        }
        List<PartnerShare> shares = agreement.get().shares();
        List<PartnerId> ids = agreement.get().partners();
        return Combinators.combine(scorecards(), weights(shares.size())).flatAs((card, exposure) -> {
            List<Arbitrary<Partner>> each = new ArrayList<>();
            for (int i = 0; i < shares.size(); i++) {
                each.add(partners(ids.get(i), i == 0 ? PartnerRole.LEAD : PartnerRole.SUPPORTING,
                        shares.get(i).percent(), exposure.get(i)));
            }
            return Combinators.combine(Combinators.combine(each).as(list -> list), candidateLists(card, ids))
                    .as((partners, candidates) -> new PartnerPlan(card, candidates, partners));
        });
    }

    /**
     * Valid plans, with or without partners sharing costs.
     *
     * @return the generator
     */
    public static Arbitrary<PartnerPlan> plans() {
        return BudgetArbitraries.costSharings().optional(0.6).flatMap(PartnerArbitraries::plansFor);
    }

    private static List<Integer> range(int n) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            set.add(i);
        }
        return new ArrayList<>(set);
    }
}
