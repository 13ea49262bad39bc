package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.budget.CostSharing;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.budget.PartnerShare;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A campaign's partners (seed 003, 跨行业营销活动): the scorecard candidates are chosen on, the
 * candidates with their scores, and the partners chosen with their roles, duties, contacts,
 * decision processes, cost shares and brand-exposure shares.
 *
 * <p>The plan is an immutable value that may be a draft: weights that do not add up, a score off
 * the scale or a partner without a contact are reported by {@link PartnerRules}, with paths
 * relative to the plan ({@code scorecard.criteria}, {@code candidates[1].scores[2].value},
 * {@code partners[0].costShare}). {@link #ranking()} ranks the candidates with every score
 * explained; {@link #costSharing()} turns the cost shares into the budget's agreement, which the
 * budget's {@link io.github.campaignkit.core.budget.Settlement} divides the actual costs by.
 *
 * @param scorecard  the weighted criteria and the scoring scale
 * @param candidates the companies considered, with their scores
 * @param partners   the companies chosen, in the order they are listed; at most one leads
 */
@Value.Builder
public record PartnerPlan(Scorecard scorecard, List<Candidate> candidates, List<Partner> partners) {

    private static final PartnerPlan EMPTY = new PartnerPlan(Scorecard.empty(), List.of(), List.of());

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public PartnerPlan {
        Objects.requireNonNull(scorecard, "scorecard");
        candidates = Checks.list(candidates, "candidates");
        partners = Checks.list(partners, "partners");
    }

    /**
     * The plan of a campaign without partners: an {@linkplain Scorecard#empty() empty scorecard},
     * no candidate, no partner. Every partner rule passes on it.
     *
     * @return the empty plan
     */
    public static PartnerPlan empty() {
        return EMPTY;
    }

    /**
     * A builder for a plan; the scorecard must be set.
     *
     * @return a new builder
     */
    public static PartnerPlanBuilder builder() {
        return new PartnerPlanBuilder();
    }

    /**
     * A builder that starts from this plan.
     *
     * @return a builder holding every component of this plan
     */
    public PartnerPlanBuilder toBuilder() {
        return new PartnerPlanBuilder().from(this);
    }

    /**
     * The skeleton of this plan for the next campaign: the same scorecard, candidates, scores and
     * partners with their roles, duties, contacts, decision processes and ratios, but no date: every
     * duty's due date is removed. A partner plan records no actuals and no signatures, so nothing
     * else is stripped; the scores are the assessment the partners were chosen on, kept as the
     * starting point of the next one.
     *
     * @return the template
     */
    public PartnerPlan template() {
        List<Partner> undated = new ArrayList<>();
        for (Partner partner : partners) {
            List<Duty> duties = new ArrayList<>();
            partner.duties().forEach(d -> duties.add(d.withoutDate()));
            undated.add(partner.toBuilder().duties(duties).build());
        }
        return new PartnerPlan(scorecard, candidates, undated);
    }

    /**
     * Whether the plan has no candidate and no partner.
     *
     * @return true for a campaign without partners
     */
    public boolean isEmpty() {
        return candidates.isEmpty() && partners.isEmpty();
    }

    /**
     * The candidates ranked on the scorecard, every score explained: see {@link Ranking#of}.
     *
     * @return the ranking, or the scoring problems that prevent it
     */
    public Validation<Seq<Violation>, Ranking> ranking() {
        return Ranking.of(scorecard, candidates);
    }

    /**
     * The partner with the given id.
     *
     * @param id the partner id
     * @return the first partner with that id, if any
     */
    public Optional<Partner> partner(PartnerId id) {
        Objects.requireNonNull(id, "id");
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The lead partner (主导方).
     *
     * @return the first partner that leads, if any
     */
    public Optional<Partner> leadPartner() {
        return partners.stream().filter(Partner::leads).findFirst();
    }

    /**
     * The budget's cost-sharing agreement these partners make: every partner with a cost share
     * above 0, in plan order, with its share. Partners with a share of 0 contribute resources only
     * and are left out. The problems that prevent an agreement are reported with paths relative to
     * the plan: no paying partner or shares that do not add up to exactly 100%
     * ({@code partner.cost-share.sum} at {@code partners}), a partner listed twice
     * ({@code partner.partner.duplicate}).
     *
     * @return the agreement, or the violations
     */
    public Validation<Seq<Violation>, CostSharing> costSharing() {
        Seq<Violation> problems = PartnerRules.shareProblems(partners);
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        List<PartnerShare> shares = new ArrayList<>();
        for (Partner partner : partners) {
            if (partner.paysCosts()) {
                shares.add(PartnerShare.of(partner.id(), partner.costShare()));
            }
        }
        return Validation.valid(new CostSharing(shares));
    }

    /**
     * The sum of the partners' cost shares, in percent: 100 when the shares are agreed.
     *
     * @return the sum
     */
    public BigDecimal totalCostShare() {
        return partners.stream().map(Partner::costShare).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The sum of the partners' brand-exposure shares, in percent: 100 when they are agreed.
     *
     * @return the sum
     */
    public BigDecimal totalExposureShare() {
        return partners.stream().map(Partner::exposureShare).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
