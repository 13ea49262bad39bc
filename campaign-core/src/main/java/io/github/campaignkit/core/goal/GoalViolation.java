package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;
import java.util.Optional;

/**
 * The codes the rules of package {@code goal} raise. The SMART codes name their letter
 * ({@code goal.specific.…}, {@code goal.measurable.…}, {@code goal.achievable.…},
 * {@code goal.relevant.…}, {@code goal.time-bound.…}); {@link #letter()} gives it as a value.
 */
public enum GoalViolation implements ViolationCode {
    /** The sheet has no goal. */
    NONE("goal.none", Severity.ERROR, null),
    /** Two goals share an id. */
    ID_DUPLICATE("goal.id.duplicate", Severity.ERROR, null),
    /** Two objectives share an id. */
    OBJECTIVE_DUPLICATE("goal.objective.duplicate", Severity.ERROR, null),
    /** An objective's statement is blank. */
    OBJECTIVE_BLANK("goal.objective.blank", Severity.ERROR, null),
    /** Two metrics of the catalogue share an id. */
    METRIC_DUPLICATE("goal.metric.duplicate", Severity.ERROR, null),
    /** A metric of the catalogue has no name. */
    METRIC_NAME_BLANK("goal.metric.name-blank", Severity.ERROR, null),
    /** A rate metric's numerator or denominator is not in the catalogue. */
    METRIC_RATE_PART_UNKNOWN("goal.metric.rate-part-unknown", Severity.ERROR, null),
    /** A rate metric's numerator or denominator is not a count or an amount of money. */
    METRIC_RATE_PART_NOT_ADDITIVE("goal.metric.rate-part-not-additive", Severity.ERROR, null),
    /** A return-on-investment metric's revenue metric is not in the catalogue, or is not money. */
    METRIC_REVENUE_NOT_MONEY("goal.metric.revenue-not-money", Severity.ERROR, null),

    /** S: the goal is not described. */
    SPECIFIC_DESCRIPTION_BLANK("goal.specific.description-blank", Severity.ERROR, SmartLetter.SPECIFIC),
    /** S: a custom dimension has no name. */
    SPECIFIC_DIMENSION_BLANK("goal.specific.dimension-blank", Severity.ERROR, SmartLetter.SPECIFIC),
    /** S: the goal's metric is not in the catalogue. */
    SPECIFIC_METRIC_UNKNOWN("goal.specific.metric-unknown", Severity.ERROR, SmartLetter.SPECIFIC),

    /** M: the goal has no target. */
    MEASURABLE_TARGET_MISSING("goal.measurable.target-missing", Severity.ERROR, SmartLetter.MEASURABLE),
    /** M: a range's minimum exceeds its maximum. */
    MEASURABLE_RANGE_INVERTED("goal.measurable.range-inverted", Severity.ERROR, SmartLetter.MEASURABLE),
    /** M: the target's level is zero, so achievement cannot be computed. */
    MEASURABLE_TARGET_ZERO("goal.measurable.target-zero", Severity.ERROR, SmartLetter.MEASURABLE),
    /** M: the target's level is negative. */
    MEASURABLE_TARGET_NEGATIVE("goal.measurable.target-negative", Severity.ERROR, SmartLetter.MEASURABLE),
    /** M: a count target is not a whole number. */
    MEASURABLE_TARGET_FRACTIONAL("goal.measurable.target-fractional", Severity.ERROR, SmartLetter.MEASURABLE),
    /** M: an uplift target has no baseline to rise from. */
    MEASURABLE_BASELINE_MISSING("goal.measurable.baseline-missing", Severity.ERROR, SmartLetter.MEASURABLE),
    /** M: no data source says where the actual will come from. */
    MEASURABLE_SOURCE_BLANK("goal.measurable.source-blank", Severity.WARNING, SmartLetter.MEASURABLE),
    /** M: the target pulls the metric the other way than it improves. */
    MEASURABLE_DIRECTION_MISMATCH("goal.measurable.direction-mismatch", Severity.WARNING, SmartLetter.MEASURABLE),

    /** A: the uplift exceeds the policy's bound. */
    ACHIEVABLE_UPLIFT_TOO_HIGH("goal.achievable.uplift-too-high", Severity.WARNING, SmartLetter.ACHIEVABLE),
    /** A: the target lies further from the baseline than the policy's bound. */
    ACHIEVABLE_FAR_BEYOND_BASELINE("goal.achievable.far-beyond-baseline", Severity.WARNING, SmartLetter.ACHIEVABLE),

    /** R: the goal serves no objective. */
    RELEVANT_OBJECTIVE_MISSING("goal.relevant.objective-missing", Severity.ERROR, SmartLetter.RELEVANT),
    /** R: the goal's objective is not on the sheet. */
    RELEVANT_OBJECTIVE_UNKNOWN("goal.relevant.objective-unknown", Severity.ERROR, SmartLetter.RELEVANT),

    /** T: the goal has no deadline. */
    TIME_BOUND_DEADLINE_MISSING("goal.time-bound.deadline-missing", Severity.ERROR, SmartLetter.TIME_BOUND),
    /** T: the deadline is before the campaign starts. */
    TIME_BOUND_BEFORE_START("goal.time-bound.before-start", Severity.ERROR, SmartLetter.TIME_BOUND),
    /** T: the deadline is later after the campaign's end than the policy allows. */
    TIME_BOUND_TOO_LATE("goal.time-bound.too-late", Severity.ERROR, SmartLetter.TIME_BOUND),

    /** A participating department has not signed the goals (活动目标确认书). */
    SIGNOFF_MISSING("goal.signoff.missing", Severity.ERROR, null),
    /** A goal changed after a department signed it, which voids that signature. */
    SIGNOFF_VOID("goal.signoff.void", Severity.ERROR, null),
    /** A goal was added after a department signed the sheet. */
    SIGNOFF_NOT_COVERED("goal.signoff.not-covered", Severity.ERROR, null),
    /** A department that does not take part in the campaign tried to sign. */
    SIGNOFF_NOT_PARTICIPATING("goal.signoff.not-participating", Severity.ERROR, null),

    /** A revision of the goal sheet would change the recorded sign-offs, which only signing records. */
    REVISION_SIGNOFFS_REWRITTEN("goal.revision.signoffs-rewritten", Severity.ERROR, null),
    /** A revision of the goal sheet would change the recorded results, which only recording results changes. */
    REVISION_RESULTS_REWRITTEN("goal.revision.results-rewritten", Severity.ERROR, null),

    /** A goal has no actual to evaluate. */
    RESULT_MISSING("goal.result.missing", Severity.ERROR, null),
    /** A result names a goal that is not on the sheet. */
    RESULT_UNKNOWN_GOAL("goal.result.unknown-goal", Severity.ERROR, null),
    /** Two results for the same goal. */
    RESULT_DUPLICATE("goal.result.duplicate", Severity.ERROR, null),
    /** An unmet goal has no analysis (未达标项分析). */
    RESULT_ANALYSIS_MISSING("goal.result.analysis-missing", Severity.WARNING, null),
    /** A recorded actual differs from the one the campaign's data give (the dashboard's total, the ROI). */
    RESULT_DISAGREES("goal.result.disagrees", Severity.ERROR, null),
    /** No metric of the catalogue is a return on investment, so there is none to compute. */
    RETURN_NO_METRIC("goal.return.no-metric", Severity.ERROR, null),
    /** A return on investment cannot be computed: its revenue is neither tracked nor recorded. */
    RETURN_REVENUE_UNKNOWN("goal.return.revenue-unknown", Severity.ERROR, null),

    /** An achievement rate against a zero or negative target level is not defined. */
    ACHIEVEMENT_ZERO_TARGET("goal.achievement.zero-target", Severity.ERROR, null),
    /** The achievement of a lower-is-better target over an actual of zero or less is not defined. */
    ACHIEVEMENT_ZERO_ACTUAL("goal.achievement.zero-actual", Severity.WARNING, null),
    /** The target has no level to compare with: no target, or an uplift without a baseline. */
    ACHIEVEMENT_NO_LEVEL("goal.achievement.no-level", Severity.WARNING, null),
    /** A refused value: A name is given exactly for a custom dimension, kind …, name …. */
    DIMENSION_NAME("goal.value.dimension-name", Severity.ERROR, null),
    /** A refused value: A rate metric is a percentage or a ratio, not …. */
    RATE_UNIT("goal.value.rate-unit", Severity.ERROR, null),
    /** A refused value: a return-on-investment metric is in percent and not a rate. */
    RETURN_UNIT("goal.value.return-unit", Severity.ERROR, null),
    /** A refused value: Given exactly for a currency unit, kind …, currency …. */
    UNIT_CURRENCY("goal.value.unit-currency", Severity.ERROR, null),
    /** A refused value: Must differ from the numerator …. */
    RATE_TERMS("goal.value.rate-terms", Severity.ERROR, null),
    /** A refused value: a goal given both a deadline day and working days after the end. */
    TWO_DEADLINES("goal.value.two-deadlines", Severity.ERROR, null);

    private final String code;
    private final Severity severity;
    private final SmartLetter letter;

    GoalViolation(String code, Severity severity, SmartLetter letter) {
        this.code = code;
        this.severity = severity;
        this.letter = letter;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    /**
     * The SMART letter this code belongs to.
     *
     * @return the letter, empty for codes outside the SMART check
     */
    public Optional<SmartLetter> letter() {
        return Optional.ofNullable(letter);
    }

    /**
     * The SMART letter of a violation's code, if it is one of this enum's SMART codes.
     *
     * @param code a violation code
     * @return the letter, empty for any other code
     */
    public static Optional<SmartLetter> letterOf(String code) {
        for (GoalViolation v : values()) {
            if (v.code.equals(code)) {
                return v.letter();
            }
        }
        return Optional.empty();
    }
}
