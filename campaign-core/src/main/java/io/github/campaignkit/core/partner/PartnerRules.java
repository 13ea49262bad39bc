package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.budget.CostSharing;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.budget.PartnerShare;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules over a {@link PartnerPlan}. Each returns every violation it finds, with paths relative
 * to the plan ({@code scorecard.criteria}, {@code candidates[1].scores[2].value},
 * {@code partners[0].contacts}). An {@linkplain PartnerPlan#empty() empty plan} passes them all: a
 * campaign need not have partners.
 */
public final class PartnerRules {

    private static final Rule<PartnerPlan> SCORING = plan -> scoringProblems(plan.scorecard(), plan.candidates());
    private static final Rule<PartnerPlan> AGREEMENT = PartnerRules::agreementProblems;

    private PartnerRules() {
    }

    /**
     * The scoring is sound, so the candidates can be ranked: the scorecard has criteria when there
     * are candidates ({@code partner.criteria.empty}), every criterion has a name, used once
     * ({@code partner.criterion.name-blank}, {@code partner.criterion.duplicate}); the weights add up
     * to exactly 100% ({@code partner.weights.sum} at {@code scorecard.criteria}); every candidate
     * appears once with a name ({@code partner.candidate.duplicate},
     * {@code partner.candidate.name-blank}) and has exactly one score per criterion
     * ({@code partner.score.missing}, {@code partner.score.duplicate},
     * {@code partner.score.unknown-criterion}), each on the scale
     * ({@code partner.score.out-of-scale} at {@code candidates[1].scores[2].value}).
     *
     * @return the rule
     */
    public static Rule<PartnerPlan> scoring() {
        return SCORING;
    }

    /**
     * The partners are agreed: when there are partners, exactly one leads
     * ({@code partner.lead.missing}, {@code partner.lead.multiple}); each is listed once with a name,
     * has at least one duty and each duty a task, at least one contact and each a name, and a
     * decision process; the cost shares add up to exactly 100% ({@code partner.cost-share.sum}) and
     * so do the brand-exposure shares ({@code partner.exposure.sum}). A supporting partner that was
     * not scored as a candidate, while candidates were, is a warning
     * ({@code partner.partner.not-scored}); the lead is usually the company that starts the campaign
     * and chooses the others, so it need not be a candidate.
     *
     * @return the rule
     */
    public static Rule<PartnerPlan> agreement() {
        return AGREEMENT;
    }

    /**
     * The plan's cost shares are the budget's cost-sharing agreement: when some partner pays, the
     * budget has an agreement ({@code partner.cost-sharing.missing} at {@code partners}), every
     * paying partner's share is its share there ({@code partner.cost-sharing.mismatch} at
     * {@code partners[1].costShare}), and the agreement gives no share to anyone else
     * ({@code partner.cost-sharing.unknown-partner} at {@code partners}). Shares are compared by
     * value ({@code 60} equals {@code 60.00}) and by partner, whatever their order.
     *
     * @param agreement the budget's agreement, if it has one
     * @return the rule
     */
    public static Rule<PartnerPlan> sharingMatches(Optional<CostSharing> agreement) {
        Checks.optional(agreement, "agreement");
        return plan -> sharingProblems(plan, agreement);
    }

    /**
     * Every rule of this class: {@link #scoring()}, {@link #agreement()} and {@link
     * #sharingMatches(Optional)}.
     *
     * @param agreement the budget's cost-sharing agreement, if it has one
     * @return the rule
     */
    public static Rule<PartnerPlan> standard(Optional<CostSharing> agreement) {
        return SCORING.and(AGREEMENT).and(sharingMatches(agreement));
    }

    static Seq<Violation> scoringProblems(Scorecard scorecard, java.util.List<Candidate> candidates) {
        List<Violation> found = List.empty();
        java.util.List<Criterion> criteria = scorecard.criteria();
        if (criteria.isEmpty()) {
            if (!candidates.isEmpty()) {
                found = found.append(Violation.of(PartnerViolation.CRITERIA_EMPTY, "scorecard.criteria"));
            }
        } else if (scorecard.totalWeight().compareTo(Percentages.HUNDRED) != 0) {
            found = found.append(Violation.of(PartnerViolation.WEIGHTS_SUM, "scorecard.criteria",
                    Numbers.text(scorecard.totalWeight())));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            String name = criteria.get(i).name();
            String path = RulePaths.indexed("scorecard.criteria", i) + ".name";
            if (name.isBlank()) {
                found = found.append(Violation.of(PartnerViolation.CRITERION_NAME_BLANK, path));
            } else if (!names.add(name)) {
                found = found.append(Violation.of(PartnerViolation.CRITERION_DUPLICATE, path, name));
            }
        }
        Set<PartnerId> ids = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            String path = RulePaths.indexed("candidates", i);
            if (!ids.add(candidate.id())) {
                found = found.append(Violation.of(PartnerViolation.CANDIDATE_DUPLICATE, path + ".id",
                        candidate.id().value()));
            }
            if (candidate.name().isBlank()) {
                found = found.append(Violation.of(PartnerViolation.CANDIDATE_NAME_BLANK, path + ".name"));
            }
            Set<String> scored = new HashSet<>();
            for (int j = 0; j < candidate.scores().size(); j++) {
                Score score = candidate.scores().get(j);
                String scorePath = RulePaths.join(path, RulePaths.indexed("scores", j));
                if (criteria.isEmpty()) {
                    // Reported once as partner.criteria.empty.
                    continue;
                }
                if (scorecard.criterion(score.criterion()).isEmpty()) {
                    found = found.append(Violation.of(PartnerViolation.SCORE_UNKNOWN_CRITERION,
                            scorePath + ".criterion", candidate.id().value(), score.criterion()));
                } else if (!scored.add(score.criterion())) {
                    found = found.append(Violation.of(PartnerViolation.SCORE_DUPLICATE, scorePath + ".criterion",
                            candidate.id().value(), score.criterion()));
                }
                if (!scorecard.allows(score.value())) {
                    found = found.append(Violation.of(PartnerViolation.SCORE_OUT_OF_SCALE, scorePath + ".value",
                            candidate.id().value(), score.criterion(), Numbers.text(score.value()),
                            Numbers.text(scorecard.minScore()), Numbers.text(scorecard.maxScore())));
                }
            }
            Set<String> missingReported = new HashSet<>();
            for (Criterion criterion : criteria) {
                if (!criterion.name().isBlank() && candidate.score(criterion.name()).isEmpty()
                        && missingReported.add(criterion.name())) {
                    found = found.append(Violation.of(PartnerViolation.SCORE_MISSING, path + ".scores",
                            candidate.id().value(), criterion.name()));
                }
            }
        }
        return found;
    }

    private static Seq<Violation> agreementProblems(PartnerPlan plan) {
        java.util.List<Partner> partners = plan.partners();
        if (partners.isEmpty()) {
            return List.empty();
        }
        List<Violation> found = List.empty();
        long leads = partners.stream().filter(Partner::leads).count();
        if (leads == 0) {
            found = found.append(Violation.of(PartnerViolation.LEAD_MISSING, "partners"));
        }
        boolean leadSeen = false;
        Set<PartnerId> candidates = new HashSet<>();
        plan.candidates().forEach(c -> candidates.add(c.id()));
        for (int i = 0; i < partners.size(); i++) {
            Partner partner = partners.get(i);
            String path = RulePaths.indexed("partners", i);
            if (partner.leads()) {
                if (leadSeen) {
                    found = found.append(Violation.of(PartnerViolation.LEAD_MULTIPLE, path + ".role",
                            partner.id().value()));
                }
                leadSeen = true;
            }
            if (partner.name().isBlank()) {
                found = found.append(Violation.of(PartnerViolation.PARTNER_NAME_BLANK, path + ".name"));
            }
            if (!partner.leads() && !candidates.isEmpty() && !candidates.contains(partner.id())) {
                found = found.append(Violation.of(PartnerViolation.PARTNER_NOT_SCORED, path + ".id",
                        partner.id().value()));
            }
            if (partner.duties().isEmpty()) {
                found = found.append(Violation.of(PartnerViolation.DUTIES_EMPTY, path + ".duties",
                        partner.id().value()));
            }
            for (int j = 0; j < partner.duties().size(); j++) {
                if (partner.duties().get(j).task().isBlank()) {
                    found = found.append(Violation.of(PartnerViolation.DUTY_BLANK,
                            RulePaths.join(path, RulePaths.indexed("duties", j)) + ".task", partner.id().value()));
                }
            }
            if (partner.contacts().isEmpty()) {
                found = found.append(Violation.of(PartnerViolation.CONTACTS_EMPTY, path + ".contacts",
                        partner.id().value()));
            }
            for (int j = 0; j < partner.contacts().size(); j++) {
                if (partner.contacts().get(j).name().isBlank()) {
                    found = found.append(Violation.of(PartnerViolation.CONTACT_NAME_BLANK,
                            RulePaths.join(path, RulePaths.indexed("contacts", j)) + ".name", partner.id().value()));
                }
            }
            if (partner.decisionProcess().isBlank()) {
                found = found.append(Violation.of(PartnerViolation.DECISION_PROCESS_BLANK,
                        path + ".decisionProcess", partner.id().value()));
            }
        }
        found = found.appendAll(shareProblems(partners));
        if (plan.totalExposureShare().compareTo(Percentages.HUNDRED) != 0) {
            found = found.append(Violation.of(PartnerViolation.EXPOSURE_SUM, "partners",
                    Numbers.text(plan.totalExposureShare())));
        }
        return found;
    }

    /** Duplicate partners and cost shares that do not add up to 100%. */
    static Seq<Violation> shareProblems(java.util.List<Partner> partners) {
        List<Violation> found = List.empty();
        Set<PartnerId> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < partners.size(); i++) {
            Partner partner = partners.get(i);
            if (!seen.add(partner.id())) {
                found = found.append(Violation.of(PartnerViolation.PARTNER_DUPLICATE,
                        RulePaths.indexed("partners", i) + ".id", partner.id().value()));
            }
            sum = sum.add(partner.costShare());
        }
        if (sum.compareTo(Percentages.HUNDRED) != 0) {
            found = found.append(Violation.of(PartnerViolation.COST_SHARE_SUM, "partners", Numbers.text(sum)));
        }
        return found;
    }

    private static Seq<Violation> sharingProblems(PartnerPlan plan, Optional<CostSharing> agreement) {
        Objects.requireNonNull(plan, "plan");
        java.util.List<Partner> partners = plan.partners();
        boolean anyPays = partners.stream().anyMatch(Partner::paysCosts);
        if (partners.isEmpty()) {
            return List.empty();
        }
        if (agreement.isEmpty()) {
            return anyPays ? List.of(Violation.of(PartnerViolation.SHARING_MISSING, "partners")) : List.empty();
        }
        List<Violation> found = List.empty();
        CostSharing sharing = agreement.get();
        Set<PartnerId> paying = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            Partner partner = partners.get(i);
            if (!partner.paysCosts()) {
                continue;
            }
            paying.add(partner.id());
            BigDecimal agreed = sharing.percentOf(partner.id()).orElse(BigDecimal.ZERO);
            if (agreed.compareTo(partner.costShare()) != 0) {
                found = found.append(Violation.of(PartnerViolation.SHARING_MISMATCH,
                        RulePaths.indexed("partners", i) + ".costShare", partner.id().value(),
                        Numbers.text(partner.costShare()), Numbers.text(agreed)));
            }
        }
        for (PartnerShare share : sharing.shares()) {
            if (!paying.contains(share.partner())) {
                found = found.append(Violation.of(PartnerViolation.SHARING_UNKNOWN_PARTNER, "partners",
                        share.partner().value(), Numbers.text(share.percent())));
            }
        }
        return found;
    }
}
