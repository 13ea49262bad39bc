package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes the partner rules raise ({@link PartnerRules}, {@link Ranking#of}). */
public enum PartnerViolation implements ViolationCode {
    /** Candidates are to be scored but the scorecard has no criterion. */
    CRITERIA_EMPTY("partner.criteria.empty", Severity.ERROR),
    /** A criterion has no name. */
    CRITERION_NAME_BLANK("partner.criterion.name-blank", Severity.ERROR),
    /** Two criteria have the same name. */
    CRITERION_DUPLICATE("partner.criterion.duplicate", Severity.ERROR),
    /** The weights do not add up to exactly 100%. */
    WEIGHTS_SUM("partner.weights.sum", Severity.ERROR),
    /** Two candidates have the same partner id. */
    CANDIDATE_DUPLICATE("partner.candidate.duplicate", Severity.ERROR),
    /** A candidate has no name. */
    CANDIDATE_NAME_BLANK("partner.candidate.name-blank", Severity.ERROR),
    /** A candidate has no score on a criterion. */
    SCORE_MISSING("partner.score.missing", Severity.ERROR),
    /** A score names a criterion the scorecard does not have. */
    SCORE_UNKNOWN_CRITERION("partner.score.unknown-criterion", Severity.ERROR),
    /** A candidate is scored twice on the same criterion. */
    SCORE_DUPLICATE("partner.score.duplicate", Severity.ERROR),
    /** A score lies outside the scorecard's scale. */
    SCORE_OUT_OF_SCALE("partner.score.out-of-scale", Severity.ERROR),
    /** Partners are chosen but none leads. */
    LEAD_MISSING("partner.lead.missing", Severity.ERROR),
    /** More than one partner leads. */
    LEAD_MULTIPLE("partner.lead.multiple", Severity.ERROR),
    /** A partner is listed twice. */
    PARTNER_DUPLICATE("partner.partner.duplicate", Severity.ERROR),
    /** A partner has no name. */
    PARTNER_NAME_BLANK("partner.partner.name-blank", Severity.ERROR),
    /** A supporting partner was chosen without being scored as a candidate. */
    PARTNER_NOT_SCORED("partner.partner.not-scored", Severity.WARNING),
    /** A partner's duties list (合作方职责清单) is empty. */
    DUTIES_EMPTY("partner.duties.empty", Severity.ERROR),
    /** A duty has no task. */
    DUTY_BLANK("partner.duty.blank", Severity.ERROR),
    /** A partner names no contact (对接人). */
    CONTACTS_EMPTY("partner.contacts.empty", Severity.ERROR),
    /** A contact has no name. */
    CONTACT_NAME_BLANK("partner.contact.name-blank", Severity.ERROR),
    /** A partner's decision process is not described. */
    DECISION_PROCESS_BLANK("partner.decision-process.blank", Severity.ERROR),
    /** The cost-share ratios do not add up to exactly 100%. */
    COST_SHARE_SUM("partner.cost-share.sum", Severity.ERROR),
    /** The agreed brand-exposure ratios do not add up to exactly 100%. */
    EXPOSURE_SUM("partner.exposure.sum", Severity.ERROR),
    /** Partners share costs but the budget has no cost-sharing agreement. */
    SHARING_MISSING("partner.cost-sharing.missing", Severity.ERROR),
    /** A partner's cost share differs from its share in the budget's agreement. */
    SHARING_MISMATCH("partner.cost-sharing.mismatch", Severity.ERROR),
    /** The budget's agreement gives a share to a company that is not a paying partner of the plan. */
    SHARING_UNKNOWN_PARTNER("partner.cost-sharing.unknown-partner", Severity.ERROR),
    /** A refused value: … is not the sum of the contributions …. */
    CONTRIBUTION_SUM("partner.value.contribution-sum", Severity.ERROR),
    /** A refused value: Entry … is ranked …, expected …. */
    RANK_ORDER("partner.value.rank-order", Severity.ERROR),
    /** A refused value: … is not the weight …% of the score … (…). */
    CONTRIBUTION("partner.value.contribution", Severity.ERROR),
    /** A refused value: The scale …–… is empty; the highest score must be above the lowest. */
    EMPTY_SCALE("partner.value.empty-scale", Severity.ERROR);

    private final String code;
    private final Severity severity;

    PartnerViolation(String code, Severity severity) {
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
