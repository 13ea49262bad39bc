package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Rules;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A campaign's budget: the current plan and its approval, the decided versions kept before it, the
 * actual spend, the variance explanations, and the cost-sharing agreement with its settlement.
 *
 * <p><b>Versions.</b> The current plan is version {@link #version()}; {@link #versions()} keeps every
 * earlier version, each approved or rejected. The {@linkplain #baseline() baseline} is the latest
 * approved plan (the current one once approved): actual spend is recorded and compared against it,
 * while a revised draft waits for approval. A change to an approved budget therefore never
 * rewrites what was approved.
 *
 * <p><b>Actuals.</b> A line's actual is the sum of its spend entries (absent while it has none);
 * its variance is actual − budget and its variance percentage {@code variance × 100 / budget} (two
 * fraction digits, half up). A variance beyond the policy's threshold, either way, needs an
 * explanation before the campaign can leave review.
 *
 * <p>A budget changes through {@link #apply(BudgetChange, MemberId, Instant)}, which either gives
 * the changed budget or refuses with every reason. The value itself guarantees that spend and
 * explanations refer to lines of the baseline in its currency, that payers belong to the
 * cost-sharing agreement, and that a settlement has an agreement.
 *
 * @param plan         the current plan
 * @param approval     the approval state of the current plan
 * @param versions     the earlier versions, each approved or rejected, numbered 1, 2, … in order
 * @param spend        the actual spend, in the order it was recorded
 * @param explanations the variance explanations, one per line at most
 * @param costSharing  how partners share the costs, if they do
 * @param settlement   the settlement between the partners, once made
 */
@Value.Builder
public record Budget(BudgetPlan plan, Approval approval, List<BudgetVersion> versions, List<SpendEntry> spend,
                     List<VarianceExplanation> explanations, Optional<CostSharing> costSharing,
                     Optional<Settlement> settlement) {

    private static final Budget EMPTY = new Budget(BudgetPlan.empty(Currency.getInstance("CNY")), Approval.draft(),
            List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());

    /**
     * Checks that versions, spend, explanations, payers and settlement fit together.
     *
     * @throws NullPointerException      if a component or an element is null, naming it
     * @throws CurrencyMismatchException if spend is in another currency than the baseline
     * @throws IllegalArgumentException  if versions are misnumbered, spend or an explanation has no
     *                                   baseline line, a line is explained twice, a payer is not a
     *                                   partner, or a settlement has no agreement, naming the part
     */
    public Budget {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(approval, "approval");
        versions = Checks.list(versions, "versions");
        spend = Checks.list(spend, "spend");
        explanations = Checks.list(explanations, "explanations");
        Checks.optional(costSharing, "costSharing");
        Checks.optional(settlement, "settlement");
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).number() != i + 1) {
                throw InvalidValueException.of(BudgetViolation.VERSION_NUMBER, RulePaths.indexed("versions", i), versions.get(i).number(), i + 1);
            }
        }
        Optional<BudgetPlan> baseline = baseline(plan, approval, versions);
        for (int i = 0; i < spend.size(); i++) {
            SpendEntry entry = spend.get(i);
            String path = RulePaths.indexed("spend", i);
            BudgetPlan base = baseline.orElseThrow(() -> InvalidValueException.of(BudgetViolation.NO_BASELINE, path));
            if (base.line(entry.line()).isEmpty()) {
                throw InvalidValueException.of(BudgetViolation.UNKNOWN_LINE, path, entry.line());
            }
            if (!entry.amount().currency().equals(base.currency())) {
                throw new CurrencyMismatchException(path, base.currency(), entry.amount().currency());
            }
            if (entry.paidBy().isPresent()
                    && costSharing.flatMap(s -> s.percentOf(entry.paidBy().get())).isEmpty()) {
                throw InvalidValueException.of(BudgetViolation.UNKNOWN_PARTNER, path, entry.paidBy().get());
            }
        }
        Set<BudgetLineId> explained = new HashSet<>();
        for (int i = 0; i < explanations.size(); i++) {
            BudgetLineId line = explanations.get(i).line();
            String path = RulePaths.indexed("explanations", i);
            if (baseline.flatMap(b -> b.line(line)).isEmpty()) {
                throw InvalidValueException.of(BudgetViolation.UNKNOWN_LINE, path, line);
            }
            if (!explained.add(line)) {
                throw InvalidValueException.of(ValueViolation.DUPLICATE, path, line);
            }
        }
        if (settlement.isPresent() && settlement.get().isShared() && costSharing.isEmpty()) {
            throw InvalidValueException.of(BudgetViolation.NO_AGREEMENT, "settlement");
        }
    }

    /**
     * A budget with nothing in it yet: an empty draft plan in CNY under the standard policy. The
     * first revision may use any currency.
     *
     * @return the empty budget
     */
    public static Budget empty() {
        return EMPTY;
    }

    /**
     * A budget whose first version is the given draft plan.
     *
     * @param plan the draft
     * @return the budget
     */
    public static Budget draft(BudgetPlan plan) {
        return new Budget(plan, Approval.draft(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * A builder for a budget, for reading one back from storage.
     *
     * @return a new builder
     */
    public static BudgetBuilder builder() {
        return new BudgetBuilder();
    }

    /**
     * A builder that starts from this budget.
     *
     * @return a builder holding every component of this budget
     */
    public BudgetBuilder toBuilder() {
        return new BudgetBuilder().from(this);
    }

    private static Optional<BudgetPlan> baseline(BudgetPlan plan, Approval approval, List<BudgetVersion> versions) {
        if (approval.status() == ApprovalStatus.APPROVED) {
            return Optional.of(plan);
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).approval().status() == ApprovalStatus.APPROVED) {
                return Optional.of(versions.get(i).plan());
            }
        }
        return Optional.empty();
    }

    /**
     * The number of the current version: 1 for the first plan, one more for every decided version
     * kept.
     *
     * @return the version number
     */
    public int version() {
        return versions.size() + 1;
    }

    /**
     * The approval status of the current plan.
     *
     * @return the status
     */
    public ApprovalStatus status() {
        return approval.status();
    }

    /**
     * The approved baseline: the current plan when it is approved, otherwise the latest approved
     * earlier version.
     *
     * @return the baseline, empty when no version was ever approved
     */
    public Optional<BudgetPlan> baseline() {
        return baseline(plan, approval, versions);
    }

    /**
     * The path of the baseline plan from the budget: {@code plan}, or {@code versions[2].plan}.
     *
     * @return the path, empty when there is no baseline
     */
    public Optional<String> baselinePath() {
        if (approval.status() == ApprovalStatus.APPROVED) {
            return Optional.of("plan");
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).approval().status() == ApprovalStatus.APPROVED) {
                return Optional.of(RulePaths.indexed("versions", i) + ".plan");
            }
        }
        return Optional.empty();
    }

    /**
     * The currency actuals are in: the baseline's, or the current plan's before any approval.
     *
     * @return the currency
     */
    public Currency currency() {
        return baseline().orElse(plan).currency();
    }

    /**
     * The actual spend of a line: the sum of its entries.
     *
     * @param line the line
     * @return the actual, empty while the line has no entry
     */
    public Optional<Money> actual(BudgetLineId line) {
        Objects.requireNonNull(line, "line");
        Money sum = null;
        for (SpendEntry entry : spend) {
            if (entry.line().equals(line)) {
                sum = sum == null ? entry.amount() : sum.plus(entry.amount());
            }
        }
        return Optional.ofNullable(sum);
    }

    /**
     * The actual spend of a category: the sum of the entries of its baseline lines.
     *
     * @param category the category
     * @return the actual, zero when nothing was spent
     */
    public Money actual(BudgetCategory category) {
        Objects.requireNonNull(category, "category");
        Money sum = Money.zero(currency());
        Optional<BudgetPlan> base = baseline();
        for (SpendEntry entry : spend) {
            if (base.flatMap(b -> b.line(entry.line())).map(BudgetLine::category).orElse(null) == category) {
                sum = sum.plus(entry.amount());
            }
        }
        return sum;
    }

    /**
     * The actual spend of the whole budget.
     *
     * @return the sum of every entry, zero when nothing was spent
     */
    public Money actualTotal() {
        Money sum = Money.zero(currency());
        for (SpendEntry entry : spend) {
            sum = sum.plus(entry.amount());
        }
        return sum;
    }

    /**
     * A line's variance: actual − baseline amount (positive when over budget).
     *
     * @param line the line
     * @return the variance, empty while the line has no actual or is not in the baseline
     */
    public Optional<Money> variance(BudgetLineId line) {
        Optional<BudgetLine> budgeted = baseline().flatMap(b -> b.line(line));
        return budgeted.flatMap(b -> actual(line).map(a -> a.minus(b.amount())));
    }

    /**
     * A line's variance in percent of its baseline amount, two fraction digits, half up.
     *
     * @param line the line
     * @return the percentage, empty while there is no actual or the line was budgeted at zero
     */
    public Optional<BigDecimal> variancePercent(BudgetLineId line) {
        Optional<BudgetLine> budgeted = baseline().flatMap(b -> b.line(line));
        return budgeted.filter(b -> !b.amount().isZero())
                .flatMap(b -> variance(line).map(v -> Decimals.percent(v.amount(), b.amount().amount())));
    }

    /**
     * A category's variance: its actual − its baseline subtotal.
     *
     * @param category the category
     * @return the variance, empty before any version was approved
     */
    public Optional<Money> variance(BudgetCategory category) {
        return baseline().map(b -> actual(category).minus(b.subtotal(category)));
    }

    /**
     * A category's variance in percent of its baseline subtotal.
     *
     * @param category the category
     * @return the percentage, empty before approval or when the subtotal is zero
     */
    public Optional<BigDecimal> variancePercent(BudgetCategory category) {
        return baseline().filter(b -> !b.subtotal(category).isZero())
                .map(b -> Decimals.percent(actual(category).minus(b.subtotal(category)).amount(),
                        b.subtotal(category).amount()));
    }

    /**
     * The explanation of a line's variance.
     *
     * @param line the line
     * @return the explanation, if one was given
     */
    public Optional<String> explanation(BudgetLineId line) {
        Objects.requireNonNull(line, "line");
        return explanations.stream().filter(e -> e.line().equals(line)).map(VarianceExplanation::text).findFirst();
    }

    /**
     * Whether a line's variance needs an explanation under the baseline's policy: its actual
     * differs from its budget by more than the threshold (in percent, either way), or it was
     * budgeted at zero and money was spent. A contingency reserve is there to be left unspent, so
     * it needs an explanation only when it is overspent.
     *
     * @param line the line
     * @return true if an explanation is required
     */
    public boolean needsExplanation(BudgetLineId line) {
        Optional<BudgetPlan> base = baseline();
        Optional<BudgetLine> budgeted = base.flatMap(b -> b.line(line));
        Optional<Money> actual = actual(line);
        if (budgeted.isEmpty() || actual.isEmpty()) {
            return false;
        }
        if (budgeted.get().amount().isZero()) {
            return !actual.get().isZero();
        }
        if (budgeted.get().category() == BudgetCategory.CONTINGENCY && !actual.get().isGreaterThan(budgeted.get().amount())) {
            return false;
        }
        BigDecimal threshold = base.get().policy().varianceThreshold();
        // Exactly: |actual − budgeted| × 100 against threshold × |budgeted|, nothing rounded.
        BigDecimal variance = actual.get().amount().subtract(budgeted.get().amount().amount()).abs();
        return Percentages.compare(variance, budgeted.get().amount().amount().abs(), threshold) > 0;
    }

    /**
     * The settlement the spend and the agreement give now: what {@link BudgetChange.Settle} would
     * record. Without a cost-sharing agreement, the total and no partner line.
     *
     * @param at        when
     * @param settledBy who settles
     * @return the settlement
     */
    public Settlement settlementAsOf(Instant at, MemberId settledBy) {
        return costSharing.map(s -> Settlement.of(s, currency(), spend, at, settledBy))
                .orElseGet(() -> Settlement.unshared(currency(), spend, at, settledBy));
    }

    /**
     * This budget with another current plan, approval untouched; for building a budget up. Use a
     * {@link BudgetChange.Revise} to record a change.
     *
     * @param newPlan the plan
     * @return a copy
     */
    public Budget withPlan(BudgetPlan newPlan) {
        return toBuilder().plan(newPlan).build();
    }

    /**
     * Applies a change by an actor at an instant. Who may make which change is decided elsewhere
     * (see {@link BudgetAccess}); this checks that the change fits the budget.
     *
     * @param change the change
     * @param actor  who makes it; a review is given in this member's name, a decision signed by it
     * @param at     when
     * @return the changed budget, or a refusal with every reason
     */
    public Either<Refusal, Budget> apply(BudgetChange change, MemberId actor, Instant at) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (change instanceof BudgetChange.Revise revise) {
            return decide(checkRevise(revise.plan()), () -> revised(revise.plan()));
        }
        if (change instanceof BudgetChange.Submit) {
            return decide(checkSubmit(), () -> toBuilder()
                    .approval(new Approval(ApprovalStatus.SUBMITTED, List.of(), Optional.empty())).build());
        }
        if (change instanceof BudgetChange.Review review) {
            return decide(checkReview(review), () -> {
                List<ReviewOpinion> opinions = new ArrayList<>(approval.opinions());
                opinions.add(new ReviewOpinion(review.role(), actor, review.verdict(), review.comment(), at));
                return toBuilder().approval(new Approval(ApprovalStatus.SUBMITTED, opinions, Optional.empty())).build();
            });
        }
        if (change instanceof BudgetChange.Approve approve) {
            return decide(checkApprove(), () -> decided(ApprovalStatus.APPROVED, actor, at, approve.comment()));
        }
        if (change instanceof BudgetChange.Reject reject) {
            return decide(notSubmitted().appendAll(blank(reject.reason(), "change.reason")),
                    () -> decided(ApprovalStatus.REJECTED, actor, at, reject.reason()));
        }
        if (change instanceof BudgetChange.RecordSpend spend) {
            return decide(checkSpend(spend.entry()), () -> toBuilder().addSpend(spend.entry()).build());
        }
        if (change instanceof BudgetChange.ExplainVariance explain) {
            Seq<Violation> found = knownLine(explain.line(), "change.line").appendAll(explain.text().isBlank()
                    ? io.vavr.collection.List.of(Violation.of(BudgetViolation.EXPLANATION_BLANK, "change.text"))
                    : io.vavr.collection.List.empty());
            return decide(found, () -> {
                List<VarianceExplanation> kept = new ArrayList<>();
                explanations.stream().filter(e -> !e.line().equals(explain.line())).forEach(kept::add);
                kept.add(new VarianceExplanation(explain.line(), explain.text()));
                return toBuilder().explanations(kept).build();
            });
        }
        if (change instanceof BudgetChange.AgreeCostSharing agree) {
            return decide(checkSharing(agree.sharing()),
                    () -> toBuilder().costSharing(agree.sharing()).settlement(Optional.empty()).build());
        }
        return decide(checkSettle(), () -> toBuilder().settlement(settlementAsOf(at, actor)).build());
    }

    /** The changed budget when nothing found is an error, else the refusal: checked and applied once. */
    private static Either<Refusal, Budget> decide(Seq<Violation> found, java.util.function.Supplier<Budget> effect) {
        return Rules.hasErrors(found) ? Either.left(Refusal.of(found)) : Either.right(effect.get());
    }

    private Budget revised(BudgetPlan revised) {
        if (approval.status() == ApprovalStatus.DRAFT) {
            return toBuilder().plan(revised).build();
        }
        List<BudgetVersion> kept = new ArrayList<>(versions);
        kept.add(new BudgetVersion(version(), plan, approval));
        return toBuilder().plan(revised).approval(Approval.draft()).versions(kept).build();
    }

    private Budget decided(ApprovalStatus status, MemberId actor, Instant at, String comment) {
        Approval decision = new Approval(status, approval.opinions(), Optional.of(new ApprovalDecision(actor, at, comment)));
        BudgetBuilder next = toBuilder().approval(decision);
        if (status == ApprovalStatus.APPROVED) {
            List<VarianceExplanation> kept = new ArrayList<>();
            explanations.stream().filter(e -> plan.line(e.line()).isPresent()).forEach(kept::add);
            next.explanations(kept);
        }
        return next.build();
    }

    private Seq<Violation> checkRevise(BudgetPlan revised) {
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        if (approval.status() == ApprovalStatus.SUBMITTED) {
            found = found.append(Violation.of(BudgetViolation.UNDER_REVIEW, "approval.status"));
        }
        return found.appendAll(spendConflicts(revised, "change.plan"));
    }

    /** Spend on lines the plan lacks, or in another currency: approving the plan would orphan it. */
    private Seq<Violation> spendConflicts(BudgetPlan candidate, String path) {
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        if (spend.isEmpty()) {
            return found;
        }
        if (!candidate.currency().equals(currency())) {
            found = found.append(Violation.of(BudgetViolation.CURRENCY_MISMATCH, path + ".currency",
                    candidate.currency().getCurrencyCode(), currency().getCurrencyCode()));
        }
        Set<BudgetLineId> reported = new HashSet<>();
        for (SpendEntry entry : spend) {
            if (candidate.line(entry.line()).isEmpty() && reported.add(entry.line())) {
                found = found.append(Violation.of(BudgetViolation.LINE_HAS_SPEND, path + ".lines",
                        entry.line().value()));
            }
        }
        return found;
    }

    private Seq<Violation> checkSubmit() {
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        if (approval.status() != ApprovalStatus.DRAFT) {
            return found.append(Violation.of(BudgetViolation.NOT_DRAFT, "approval.status", approval.status()));
        }
        found = found.appendAll(BudgetRules.plan().under("plan").check(plan));
        if (plan.approver().isEmpty()) {
            found = found.append(Violation.of(BudgetViolation.APPROVER_UNNAMED, "plan.approver"));
        }
        for (ReviewerRole role : plan.policy().requiredReviewers()) {
            if (plan.reviewer(role).isEmpty()) {
                found = found.append(Violation.of(BudgetViolation.REVIEWER_UNNAMED, "plan.reviewers", role));
            }
        }
        return found.appendAll(spendConflicts(plan, "plan"));
    }

    private Seq<Violation> notSubmitted() {
        return approval.status() == ApprovalStatus.SUBMITTED ? io.vavr.collection.List.empty()
                : io.vavr.collection.List.of(Violation.of(BudgetViolation.NOT_SUBMITTED, "approval.status",
                        approval.status()));
    }

    private static Seq<Violation> blank(String text, String path) {
        return text.isBlank() ? io.vavr.collection.List.of(Violation.of(BudgetViolation.REASON_BLANK, path))
                : io.vavr.collection.List.empty();
    }

    private Seq<Violation> checkReview(BudgetChange.Review review) {
        return notSubmitted().appendAll(review.verdict() == Verdict.OBJECT ? blank(review.comment(), "change.comment")
                : io.vavr.collection.List.empty());
    }

    private Seq<Violation> checkApprove() {
        Seq<Violation> found = notSubmitted();
        if (!found.isEmpty()) {
            return found;
        }
        for (ReviewerRole role : plan.policy().requiredReviewers()) {
            if (approval.latest(role).isEmpty()) {
                found = found.append(Violation.of(BudgetViolation.OPINION_MISSING, "approval.opinions", role));
            }
        }
        for (ReviewerRole role : ReviewerRole.values()) {
            Optional<ReviewOpinion> latest = approval.latest(role);
            if (latest.isPresent() && latest.get().verdict() == Verdict.OBJECT) {
                found = found.append(Violation.of(BudgetViolation.OBJECTION,
                        RulePaths.indexed("approval.opinions", approval.opinions().lastIndexOf(latest.get())),
                        role, latest.get().reviewer(), latest.get().comment()));
            }
        }
        return found.appendAll(spendConflicts(plan, "plan"));
    }

    private Seq<Violation> knownLine(BudgetLineId line, String path) {
        Optional<BudgetPlan> base = baseline();
        if (base.isEmpty()) {
            return io.vavr.collection.List.of(Violation.of(BudgetViolation.NO_BASELINE, path));
        }
        return base.get().line(line).isPresent() ? io.vavr.collection.List.empty()
                : io.vavr.collection.List.of(Violation.of(BudgetViolation.UNKNOWN_LINE, path, line.value()));
    }

    private Seq<Violation> checkSpend(SpendEntry entry) {
        Seq<Violation> found = knownLine(entry.line(), "change.entry.line");
        if (baseline().isPresent() && !entry.amount().currency().equals(currency())) {
            found = found.append(Violation.of(BudgetViolation.CURRENCY_MISMATCH, "change.entry.amount",
                    entry.amount().currency().getCurrencyCode(), currency().getCurrencyCode()));
        }
        if (entry.paidBy().isPresent() && costSharing.flatMap(s -> s.percentOf(entry.paidBy().get())).isEmpty()) {
            found = found.append(Violation.of(BudgetViolation.UNKNOWN_PARTNER, "change.entry.paidBy",
                    entry.paidBy().get().value()));
        }
        return found;
    }

    private Seq<Violation> checkSharing(CostSharing sharing) {
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        for (int i = 0; i < spend.size(); i++) {
            Optional<PartnerId> payer = spend.get(i).paidBy();
            if (payer.isPresent() && sharing.percentOf(payer.get()).isEmpty()) {
                found = found.append(Violation.of(BudgetViolation.UNKNOWN_PARTNER,
                        RulePaths.indexed("spend", i) + ".paidBy", payer.get().value()));
            }
        }
        return found;
    }

    /**
     * What a settlement needs: an approved plan with no revision open, an actual for every line
     * and every variance the policy requires explained. Partners are not needed: a budget nobody
     * shares settles alone.
     */
    private Seq<Violation> checkSettle() {
        if (baseline().isEmpty()) {
            return io.vavr.collection.List.of(Violation.of(BudgetViolation.NO_BASELINE, "approval.status"));
        }
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        if (status() != ApprovalStatus.APPROVED) {
            found = found.append(Violation.of(BudgetViolation.NOT_APPROVED, "approval.status", status()));
        }
        return found.appendAll(BudgetRules.actualsExplained(this));
    }

    /**
     * This budget as the skeleton of the next campaign: a {@linkplain #draft(BudgetPlan) draft}
     * of the current plan (currency, categories and lines with their pricing, owners and line
     * approvers, declared total, ceiling, policy, final approver and reviewers) with the agreed
     * cost sharing between partners. Stripped: the approval (status, opinions and decision: the
     * signatures), the numbered versions, every spend entry and variance explanation (the actuals)
     * and the settlement.
     *
     * @return the draft budget
     */
    public Budget template() {
        return new Budget(plan, Approval.draft(), List.of(), List.of(), List.of(), costSharing, Optional.empty());
    }
}
