package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may make which {@link BudgetChange}:
 *
 * <ul>
 * <li>only the plan's named final approver approves or rejects
 * ({@link BudgetViolation#NOT_APPROVER});</li>
 * <li>only the reviewer the plan names for a department gives that department's opinion
 * ({@link BudgetViolation#NOT_REVIEWER}, {@link BudgetViolation#REVIEWER_UNNAMED});</li>
 * <li>spend and variance explanations of a line come from its owner or the overall lead
 * ({@link BudgetViolation#NOT_OWNER});</li>
 * <li>everything else (revising, submitting, agreeing cost sharing, settling) is the overall lead's
 * ({@link BudgetViolation#LEAD_ONLY}).</li>
 * </ul>
 *
 * <p>Violations carry the path {@code actor}, the command's actor.
 */
public final class BudgetAccess {

    private BudgetAccess() {
    }

    /**
     * The reasons the actor may not make the change, empty when it may.
     *
     * @param budget      the budget before the change
     * @param change      the change
     * @param actor       who makes it
     * @param overallLead the campaign's overall lead (总负责人)
     * @return the reasons, empty when allowed
     */
    public static Seq<Violation> check(Budget budget, BudgetChange change, MemberId actor, MemberId overallLead) {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(overallLead, "overallLead");
        if (change instanceof BudgetChange.Approve || change instanceof BudgetChange.Reject) {
            Optional<MemberId> approver = budget.plan().approver();
            if (approver.isEmpty()) {
                return List.of(Violation.of(BudgetViolation.APPROVER_UNNAMED, "actor"));
            }
            return approver.get().equals(actor) ? List.empty()
                    : List.of(Violation.of(BudgetViolation.NOT_APPROVER, "actor", actor, approver.get().value()));
        }
        if (change instanceof BudgetChange.Review review) {
            ReviewerRole role = review.role();
            Optional<MemberId> named = budget.plan().reviewer(role);
            if (named.isEmpty()) {
                return List.of(Violation.of(BudgetViolation.REVIEWER_UNNAMED, "actor", role));
            }
            return named.get().equals(actor) ? List.empty()
                    : List.of(Violation.of(BudgetViolation.NOT_REVIEWER, "actor", actor, role,
                            named.get().value()));
        }
        if (actor.equals(overallLead)) {
            return List.empty();
        }
        Optional<BudgetLineId> ownedLine = change instanceof BudgetChange.RecordSpend spend
                ? Optional.of(spend.entry().line())
                : change instanceof BudgetChange.ExplainVariance explain ? Optional.of(explain.line()) : Optional.empty();
        if (ownedLine.isPresent()) {
            BudgetLineId id = ownedLine.get();
            Optional<BudgetLine> line = budget.baseline().flatMap(b -> b.line(id));
            if (line.flatMap(BudgetLine::owner).filter(actor::equals).isPresent()) {
                return List.empty();
            }
            return List.of(Violation.of(BudgetViolation.NOT_OWNER, "actor", actor,
                    line.map(l -> l.item().isBlank() ? id.value() : l.item()).orElse(id.value()),
                    line.flatMap(BudgetLine::owner).<Object>map(owner -> owner).orElse("—"), overallLead));
        }
        return List.of(Violation.of(BudgetViolation.LEAD_ONLY, "actor", actor, overallLead));
    }
}
