package io.github.campaignkit.core.review;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes {@link ReviewRules} and the review commands raise. */
public enum ReviewViolation implements ViolationCode {
    /** No evaluation report is recorded. */
    EVALUATION_MISSING("review.evaluation.missing", Severity.ERROR),
    /** The evaluation report is past its due date and still not issued (given today's date). */
    EVALUATION_OVERDUE("review.evaluation.overdue", Severity.ERROR),
    /** The evaluation report was issued after its due date. */
    EVALUATION_LATE("review.evaluation.late", Severity.WARNING),
    /** The evaluation report was issued before the campaign ended. */
    EVALUATION_BEFORE_END("review.evaluation.before-end", Severity.WARNING),
    /** A goal of the campaign has no row in the evaluation report. */
    EVALUATION_GOAL_MISSING("review.evaluation.goal-missing", Severity.ERROR),
    /** No retrospective is recorded. */
    RETROSPECTIVE_MISSING("review.retrospective.missing", Severity.ERROR),
    /** The retrospective has no overview. */
    OVERVIEW_BLANK("review.retrospective.overview.blank", Severity.ERROR),
    /** The retrospective names no success: only problems, no experience kept. */
    SUCCESSES_EMPTY("review.retrospective.successes.empty", Severity.WARNING),
    /** The retrospective keeps no knowledge for the next campaign. */
    KNOWLEDGE_EMPTY("review.retrospective.knowledge.empty", Severity.WARNING),
    /** A success is not described. */
    SUCCESS_BLANK("review.success.blank", Severity.ERROR),
    /** An unmet goal has no analysis (未达标项分析). */
    UNMET_NOT_ANALYSED("review.unmet.not-analysed", Severity.ERROR),
    /** An unmet goal has an analysis but no action item (问题改进清单). */
    UNMET_NO_ACTION("review.unmet.no-action", Severity.ERROR),
    /** A problem id is used twice. */
    PROBLEM_DUPLICATE("review.problem.duplicate", Severity.ERROR),
    /** A problem is not described. */
    PROBLEM_DESCRIPTION_BLANK("review.problem.description.blank", Severity.ERROR),
    /** A problem has no root cause. */
    PROBLEM_ROOT_CAUSE_BLANK("review.problem.root-cause.blank", Severity.ERROR),
    /** A problem names a goal the evaluation does not have. */
    PROBLEM_GOAL_UNKNOWN("review.problem.goal.unknown", Severity.ERROR),
    /** An action id is used twice. */
    ACTION_DUPLICATE("review.action.duplicate", Severity.ERROR),
    /** An action item has no task. */
    ACTION_TASK_BLANK("review.action.task.blank", Severity.ERROR),
    /** An action item has no owner. */
    ACTION_OWNER_MISSING("review.action.owner.missing", Severity.ERROR),
    /** An action item has no due date. */
    ACTION_DUE_MISSING("review.action.due.missing", Severity.ERROR),
    /** An action item is due before the retrospective was held. */
    ACTION_DUE_BEFORE_RETROSPECTIVE("review.action.due.before-retrospective", Severity.WARNING),
    /** An action item's expected effect names no metric or no target. */
    ACTION_EFFECT_NOT_MEASURABLE("review.action.effect.not-measurable", Severity.ERROR),
    /** An action item addresses a problem the retrospective does not have. */
    ACTION_PROBLEM_UNKNOWN("review.action.problem.unknown", Severity.ERROR),
    /** A kept piece of knowledge has no title. */
    KNOWLEDGE_TITLE_BLANK("review.knowledge.title.blank", Severity.ERROR),
    /** A review command was given outside the review stage. */
    NOT_IN_REVIEW("review.stage.not-review", Severity.ERROR);

    private final String code;
    private final Severity severity;

    ReviewViolation(String code, Severity severity) {
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
