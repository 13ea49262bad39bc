package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes the supply rules and supply changes raise. */
public enum SupplyViolation implements ViolationCode {
    /** A supplier id is listed twice. */
    SUPPLIER_DUPLICATE("supply.supplier.duplicate", Severity.ERROR),
    /** A chosen supplier has no qualification recorded. */
    SUPPLIER_QUALIFICATION_BLANK("supply.supplier.qualification-blank", Severity.ERROR),
    /** A need id is listed twice. */
    NEED_DUPLICATE("supply.need.duplicate", Severity.ERROR),
    /** A need has a blank item. */
    NEED_ITEM_BLANK("supply.need.item-blank", Severity.ERROR),
    /** A need has fewer comparable quotes than the policy asks and no waiver. */
    NEED_QUOTES_MISSING("supply.need.quotes-missing", Severity.ERROR),
    /** No supplier is chosen for a need. */
    NEED_CHOICE_MISSING("supply.need.choice-missing", Severity.ERROR),
    /** A need names a budget line the budget does not have. */
    NEED_BUDGET_LINE_UNKNOWN("supply.need.budget-line-unknown", Severity.ERROR),
    /** A need's currency differs from its budget line's. */
    NEED_CURRENCY_MISMATCH("supply.need.currency-mismatch", Severity.ERROR),
    /** A quote names a supplier the plan does not list. */
    QUOTE_UNKNOWN_SUPPLIER("supply.quote.unknown-supplier", Severity.ERROR),
    /** A supplier quoted twice for one need. */
    QUOTE_DUPLICATE("supply.quote.duplicate", Severity.ERROR),
    /** A quote is in another currency than its need and states no exchange rate to it. */
    QUOTE_CURRENCY_MISMATCH("supply.quote.currency-mismatch", Severity.ERROR),
    /** The chosen supplier did not quote for the need. */
    CHOICE_NOT_QUOTED("supply.choice.not-quoted", Severity.ERROR),
    /** A choice without a rationale. */
    CHOICE_RATIONALE_BLANK("supply.choice.rationale-blank", Severity.ERROR),
    /** A command names a need the plan does not have. */
    NEED_UNKNOWN("supply.need.unknown", Severity.ERROR),
    /** A material id is listed twice. */
    MATERIAL_DUPLICATE("supply.material.duplicate", Severity.ERROR),
    /** A material has a blank name. */
    MATERIAL_NAME_BLANK("supply.material.name-blank", Severity.ERROR),
    /** A material names a need the plan does not have. */
    MATERIAL_UNKNOWN_NEED("supply.material.unknown-need", Severity.ERROR),
    /** A material names a supplier the plan does not list. */
    MATERIAL_UNKNOWN_SUPPLIER("supply.material.unknown-supplier", Severity.ERROR),
    /** A command names a material the plan does not have. */
    MATERIAL_UNKNOWN("supply.material.unknown", Severity.ERROR),
    /** A material has no need date. */
    MATERIAL_NEED_DATE_MISSING("supply.material.need-date-missing", Severity.ERROR),
    /** A material has no supplier. */
    MATERIAL_SUPPLIER_MISSING("supply.material.supplier-missing", Severity.ERROR),
    /** A material's supplier is not the one chosen for its need. */
    MATERIAL_SUPPLIER_NOT_CHOSEN("supply.material.supplier-not-chosen", Severity.ERROR),
    /** A material has no promised delivery. */
    MATERIAL_PROMISE_MISSING("supply.material.promise-missing", Severity.ERROR),
    /** A material's promised delivery is after its need date. */
    MATERIAL_PROMISE_LATE("supply.material.promise-late", Severity.ERROR),
    /** A delivery came after its promised date (but in time for the need date). */
    DELIVERY_LATE("supply.delivery.late", Severity.WARNING),
    /** A delivery came after the material's need date. */
    DELIVERY_AFTER_NEED_DATE("supply.delivery.after-need-date", Severity.ERROR),
    /** A promised delivery date has passed and nothing arrived. */
    DELIVERY_OVERDUE("supply.delivery.overdue", Severity.ERROR),
    /** A material's need date has passed and it has not arrived, promised or not. */
    NOT_ARRIVED_BY_NEED_DATE("supply.delivery.not-arrived", Severity.ERROR),
    /** A delivery is recorded for a material without a promised delivery. */
    DELIVERY_NOT_PROMISED("supply.delivery.not-promised", Severity.ERROR),
    /** A chosen supplier has no evaluation. */
    EVALUATION_MISSING("supply.evaluation.missing", Severity.ERROR),
    /** An evaluation names a supplier the plan does not list. */
    EVALUATION_UNKNOWN_SUPPLIER("supply.evaluation.unknown-supplier", Severity.ERROR),
    /** A supplier is evaluated twice in one campaign. */
    EVALUATION_DUPLICATE("supply.evaluation.duplicate", Severity.ERROR),
    /** An evaluation has no criterion. */
    EVALUATION_EMPTY("supply.evaluation.empty", Severity.ERROR),
    /** A criterion is listed twice in an evaluation. */
    EVALUATION_CRITERION_DUPLICATE("supply.evaluation.criterion-duplicate", Severity.ERROR),
    /** An evaluation's weights do not add up to exactly 100%. */
    EVALUATION_WEIGHTS_SUM("supply.evaluation.weights-sum", Severity.ERROR),
    /** A refused value: Choosing … needs a rationale. */
    RATIONALE("supply.value.rationale", Severity.ERROR),
    /** A refused value: A custom criterion has a name and only a custom one: …, name '…'. */
    CRITERION_NAME("supply.value.criterion-name", Severity.ERROR),
    /** A refused value: An exchange rate converts between two currencies, not … to itself. */
    SAME_CURRENCY("supply.value.same-currency", Severity.ERROR),
    /** A refused value: In …, the rate converts …. */
    RATE_CURRENCY("supply.value.rate-currency", Severity.ERROR),
    /** A refused value: … needs an actual delivery date for material …. */
    DELIVERY_DATE("supply.value.delivery-date", Severity.ERROR),
    /** A refused value: Record … evaluates …, not …. */
    HISTORY_SUPPLIER("supply.value.history-supplier", Severity.ERROR);

    private final String code;
    private final Severity severity;

    SupplyViolation(String code, Severity severity) {
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
