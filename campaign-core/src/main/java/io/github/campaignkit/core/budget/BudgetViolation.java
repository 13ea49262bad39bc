package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes the budget rules, budget changes and budget access checks raise. */
public enum BudgetViolation implements ViolationCode {
    /** The plan has no line. */
    LINES_EMPTY("budget.lines.empty", Severity.ERROR),
    /** A line has a blank item. */
    ITEM_BLANK("budget.line.item-blank", Severity.ERROR),
    /** A line names no owner (负责人). */
    OWNER_MISSING("budget.line.owner-missing", Severity.ERROR),
    /** A line names no approver (审批人). */
    APPROVER_MISSING("budget.line.approver-missing", Severity.ERROR),
    /** The contingency reserve is a smaller share of the total than the policy asks. */
    CONTINGENCY_BELOW_MIN("budget.contingency.below-min", Severity.ERROR),
    /** The contingency reserve is a larger share of the total than the policy allows. */
    CONTINGENCY_ABOVE_MAX("budget.contingency.above-max", Severity.ERROR),
    /** The total exceeds the approved ceiling. */
    CEILING_EXCEEDED("budget.ceiling.exceeded", Severity.ERROR),
    /** The declared total differs from the sum of the lines. */
    TOTAL_MISMATCH("budget.total.mismatch", Severity.ERROR),
    /** Amounts of two currencies meet. */
    CURRENCY_MISMATCH("budget.currency.mismatch", Severity.ERROR),
    /** The budget is not approved. */
    NOT_APPROVED("budget.approval.not-approved", Severity.ERROR),
    /** Only a draft can be submitted. */
    NOT_DRAFT("budget.approval.not-draft", Severity.ERROR),
    /** Only a submitted budget can be reviewed, approved or rejected. */
    NOT_SUBMITTED("budget.approval.not-submitted", Severity.ERROR),
    /** A submitted budget cannot be revised until it is decided. */
    UNDER_REVIEW("budget.approval.under-review", Severity.ERROR),
    /** The plan names no final approver. */
    APPROVER_UNNAMED("budget.approval.approver-unnamed", Severity.ERROR),
    /** The policy requires a department's review but the plan names no reviewer for it. */
    REVIEWER_UNNAMED("budget.approval.reviewer-unnamed", Severity.ERROR),
    /** A required department has not given its opinion. */
    OPINION_MISSING("budget.approval.opinion-missing", Severity.ERROR),
    /** A department objects. */
    OBJECTION("budget.approval.objection", Severity.ERROR),
    /** An objection or a rejection without a reason. */
    REASON_BLANK("budget.approval.reason-blank", Severity.ERROR),
    /** Someone other than the named approver approves or rejects. */
    NOT_APPROVER("budget.approval.not-approver", Severity.ERROR),
    /** Someone other than the named reviewer gives a department's opinion. */
    NOT_REVIEWER("budget.approval.not-reviewer", Severity.ERROR),
    /** Someone other than the overall lead changes the budget. */
    LEAD_ONLY("budget.access.lead-only", Severity.ERROR),
    /** Someone other than the line's owner or the overall lead records its spend. */
    NOT_OWNER("budget.access.not-owner", Severity.ERROR),
    /** Spend is recorded before any version was approved. */
    NO_BASELINE("budget.spend.no-baseline", Severity.ERROR),
    /** Spend or an explanation names a line the approved budget does not have. */
    UNKNOWN_LINE("budget.spend.unknown-line", Severity.ERROR),
    /** Spend names a payer outside the cost-sharing agreement. */
    UNKNOWN_PARTNER("budget.spend.unknown-partner", Severity.ERROR),
    /** A revision drops a line that already has spend. */
    LINE_HAS_SPEND("budget.line.has-spend", Severity.ERROR),
    /** A line of the approved budget has no actual. */
    ACTUAL_MISSING("budget.actual.missing", Severity.ERROR),
    /** A line's variance exceeds the policy threshold and is not explained. */
    VARIANCE_UNEXPLAINED("budget.variance.unexplained", Severity.ERROR),
    /** A line budgeted at zero has spend and no explanation. */
    UNBUDGETED_UNEXPLAINED("budget.variance.unbudgeted", Severity.ERROR),
    /** A blank variance explanation. */
    EXPLANATION_BLANK("budget.explanation.blank", Severity.ERROR),
    /** The costs are shared but not settled. */
    SETTLEMENT_MISSING("budget.settlement.missing", Severity.ERROR),
    /** The settlement no longer matches the spend or the agreement. */
    SETTLEMENT_STALE("budget.settlement.stale", Severity.ERROR),
    /** A settlement without a cost-sharing agreement. */
    NO_AGREEMENT("budget.sharing.no-agreement", Severity.ERROR),
    /** A cost-sharing agreement without shares. */
    SHARING_EMPTY("budget.sharing.empty", Severity.ERROR),
    /** A partner listed twice in a cost-sharing agreement. */
    SHARING_DUPLICATE("budget.sharing.duplicate-partner", Severity.ERROR),
    /** The shares of a cost-sharing agreement do not add up to exactly 100%. */
    SHARING_SUM("budget.sharing.sum", Severity.ERROR),
    /** ROI asked for a cost that is not above zero. */
    COST_NOT_POSITIVE("budget.roi.cost-not-positive", Severity.ERROR),
    /** A line or category spends faster than the calendar runs. */
    SPEND_AHEAD("budget.spend.ahead-of-schedule", Severity.WARNING),
    /** A refused value: A draft has no review opinions yet. */
    DRAFT_OPINIONS("budget.value.draft-opinions", Severity.ERROR),
    /** A refused value: Must be present exactly when the budget is approved or rejected; the status is …. */
    DECISION_PRESENCE("budget.value.decision-presence", Severity.ERROR),
    /** A refused value: Numbered …, expected …. */
    VERSION_NUMBER("budget.value.version-number", Severity.ERROR),
    /** A refused value: Unknown budget category '…'; one of … or its label. */
    UNKNOWN_CATEGORY("budget.value.unknown-category", Severity.ERROR),
    /** A refused value: A second reviewer for …. */
    SECOND_REVIEWER("budget.value.second-reviewer", Severity.ERROR),
    /** A refused value: Only an approved or rejected version is kept, not a … one. */
    UNDECIDED_VERSION("budget.value.undecided-version", Severity.ERROR),
    /** A refused value: … has more fraction digits than … allows (…); round it explicitly. */
    CURRENCY_DIGITS("budget.value.currency-digits", Severity.ERROR),
    /** A refused value: … has no minor unit and cannot be used for money. */
    NO_MINOR_UNIT("budget.value.no-minor-unit", Severity.ERROR),
    /** A refused value: Unknown ISO 4217 code '…'. */
    UNKNOWN_CURRENCY("budget.value.unknown-currency", Severity.ERROR),
    /** A refused value: A share lies above 0% and at most 100%, not …%. */
    SHARE_PERCENT("budget.value.share-percent", Severity.ERROR),
    /** A refused value: The shares add up to …, not to the total …. */
    SETTLEMENT_TOTAL("budget.value.settlement-total", Severity.ERROR),
    /** A refused value: … is not the share … less the paid …. */
    SETTLEMENT_BALANCE("budget.value.settlement-balance", Severity.ERROR),
    /** A refused value: A spend of zero needs a note saying why nothing was spent. */
    ZERO_SPEND_NOTE("budget.value.zero-spend-note", Severity.ERROR),
    /** Amounts of two currencies meet in one computation ({@link CurrencyMismatchException}). */
    CURRENCY_MIX("budget.value.currency-mix", Severity.ERROR);

    private final String code;
    private final Severity severity;

    BudgetViolation(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
