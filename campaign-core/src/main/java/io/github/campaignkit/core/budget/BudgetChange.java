package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.Attribution;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * A change to a campaign's {@link Budget}, applied with {@link Budget#apply(BudgetChange,
 * io.github.campaignkit.core.team.MemberId, java.time.Instant)} (a campaign's lifecycle does this
 * for its budget command).
 *
 * <p>The approval runs {@link Revise draft} → {@link Submit submitted} → {@link Approve approved} or
 * {@link Reject rejected}, with {@link Review review opinions} while submitted. A revision of a
 * decided budget makes a new version and keeps the old one. Once a version is approved, actual
 * {@link RecordSpend spend} is recorded against it, {@link ExplainVariance variances} are explained,
 * and with a {@link AgreeCostSharing cost-sharing agreement} the costs are {@link Settle settled}.
 *
 * <p>Violations a refused change carries name the offending part by a path: paths that begin with
 * {@code change} point into the change itself ({@code change.entry.line}), all others into the
 * budget ({@code plan.lines[2].owner}, {@code approval.status}).
 */
public sealed interface BudgetChange extends PartChange<Budget, Attribution> permits BudgetChange.Revise, BudgetChange.Submit, BudgetChange.Review,
        BudgetChange.Approve, BudgetChange.Reject, BudgetChange.RecordSpend, BudgetChange.ExplainVariance,
        BudgetChange.AgreeCostSharing, BudgetChange.Settle {

    /**
     * Applies this change with {@link Budget#apply}; the budget's paths are put under
     * {@code budget}, the change's own ({@code change…}) stay as they are.
     *
     * @param budget  the budget
     * @param context who makes the change and when
     * @return the changed budget, or every reason it is refused
     */
    @Override
    default Either<Refusal, Budget> applyTo(Budget budget, Attribution context) {
        return budget.apply(this, context.actor(), context.at())
                .mapLeft(refusal -> Refusal.of(refusal.violations().map(BudgetChange::seenFromCampaign)));
    }

    private static Violation seenFromCampaign(Violation violation) {
        String path = violation.path();
        return path.equals("change") || path.startsWith("change.") ? violation : violation.under("budget");
    }

    /** The kinds of budget change, with their labels. */
    enum Type implements Labelled {
        /** Revise the budget plan (a new version once the budget is decided). */
        REVISE_BUDGET,
        /** Submit the budget for review and approval. */
        SUBMIT_BUDGET,
        /** Give a department's review opinion on the budget. */
        REVIEW_BUDGET,
        /** Approve the budget. */
        APPROVE_BUDGET,
        /** Reject the budget. */
        REJECT_BUDGET,
        /** Record actual spend against a budget line. */
        RECORD_SPEND,
        /** Explain a budget line's variance. */
        EXPLAIN_VARIANCE,
        /** Agree how partners share the costs. */
        AGREE_COST_SHARING,
        /** Settle the costs between the partners. */
        SETTLE_COSTS
    }

    @Override
    Type type();

    /**
     * Replace the plan: in place while it is a draft; as a new version (the decided one kept) once
     * it is approved or rejected. Refused while submitted, and when it would drop a line that has
     * spend or change the currency of recorded spend.
     *
     * @param plan the new plan
     */
    record Revise(BudgetPlan plan) implements BudgetChange {

        @Override
        public Type type() {
            return Type.REVISE_BUDGET;
        }

        /**
         * Checks the plan.
         *
         * @throws NullPointerException if the plan is null
         */
        public Revise {
            Objects.requireNonNull(plan, "plan");
        }
    }

    /**
     * Submit the draft for review. Refused unless it is a draft, passes every error-level rule of
     * {@link BudgetRules#plan()}, names its final approver and a reviewer for every department the
     * policy requires.
     */
    record Submit() implements BudgetChange {

        @Override
        public Type type() {
            return Type.SUBMIT_BUDGET;
        }
    }

    /**
     * Give a department's opinion on the submitted budget; the actor is the reviewer. A later
     * opinion of the same department replaces the earlier one for the decision.
     *
     * @param role    the department
     * @param verdict agree, agree with conditions, or object
     * @param comment the opinion in words; an objection must say why
     */
    record Review(ReviewerRole role, Verdict verdict, String comment) implements BudgetChange {

        @Override
        public Type type() {
            return Type.REVIEW_BUDGET;
        }

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Review {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /**
     * Approve the submitted budget. Refused while a department the policy requires has not given
     * its opinion, or while any department objects.
     *
     * @param comment the approver's words, may be empty
     */
    record Approve(String comment) implements BudgetChange {

        @Override
        public Type type() {
            return Type.APPROVE_BUDGET;
        }

        /**
         * Checks the comment.
         *
         * @throws NullPointerException if the comment is null
         */
        public Approve {
            Objects.requireNonNull(comment, "comment");
        }
    }

    /**
     * Reject the submitted budget, with a reason.
     *
     * @param reason why, not blank
     */
    record Reject(String reason) implements BudgetChange {

        @Override
        public Type type() {
            return Type.REJECT_BUDGET;
        }

        /**
         * Checks the reason.
         *
         * @throws NullPointerException if the reason is null
         */
        public Reject {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Record an actual spend against a line of the approved budget.
     *
     * @param entry the spend
     */
    record RecordSpend(SpendEntry entry) implements BudgetChange {

        @Override
        public Type type() {
            return Type.RECORD_SPEND;
        }

        /**
         * Checks the entry.
         *
         * @throws NullPointerException if the entry is null
         */
        public RecordSpend {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /**
     * Explain a line's variance (差异说明), replacing an earlier explanation of the same line.
     *
     * @param line the line of the approved budget
     * @param text the explanation, not blank
     */
    record ExplainVariance(BudgetLineId line, String text) implements BudgetChange {

        @Override
        public Type type() {
            return Type.EXPLAIN_VARIANCE;
        }

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ExplainVariance {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Agree how partners share the costs, replacing an earlier agreement; a settlement made under
     * the earlier one is dropped.
     *
     * @param sharing the agreement
     */
    record AgreeCostSharing(CostSharing sharing) implements BudgetChange {

        @Override
        public Type type() {
            return Type.AGREE_COST_SHARING;
        }

        /**
         * Checks the agreement.
         *
         * @throws NullPointerException if the agreement is null
         */
        public AgreeCostSharing {
            Objects.requireNonNull(sharing, "sharing");
        }
    }

    /**
     * Settle the actual costs between the partners of the agreement, replacing an earlier
     * settlement.
     */
    record Settle() implements BudgetChange {

        @Override
        public Type type() {
            return Type.SETTLE_COSTS;
        }
    }
}
