package io.github.campaignkit.core.review;

import io.github.campaignkit.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign's review part (复盘): the evaluation report and the retrospective, recorded once the
 * campaign is in review. Both are empty until recorded.
 *
 * @param evaluation    the evaluation report (活动效果评估报告), once issued
 * @param retrospective the retrospective (复盘总结报告), once held
 */
public record Review(Optional<EvaluationReport> evaluation, Optional<Retrospective> retrospective) {

    private static final Review EMPTY = new Review(Optional.empty(), Optional.empty());

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Review {
        Checks.optional(evaluation, "evaluation");
        Checks.optional(retrospective, "retrospective");
    }

    /**
     * The review of a campaign just planned: nothing recorded.
     *
     * @return the empty review
     */
    public static Review empty() {
        return EMPTY;
    }

    /**
     * The review part of the next campaign's template: empty. Everything a review holds is an
     * actual of this campaign (the report, its date and author, the retrospective's findings and
     * actions); what it keeps for the future, the retrospective's {@link Retrospective#knowledge()
     * knowledge}, travels in the campaign template itself.
     *
     * @return the empty review
     */
    public Review template() {
        return EMPTY;
    }

    /**
     * This review with the evaluation report recorded, replacing an earlier one.
     *
     * @param report the report
     * @return a copy
     */
    public Review withEvaluation(EvaluationReport report) {
        Objects.requireNonNull(report, "report");
        return new Review(Optional.of(report), retrospective);
    }

    /**
     * This review with the retrospective recorded, replacing an earlier one.
     *
     * @param held the retrospective
     * @return a copy
     */
    public Review withRetrospective(Retrospective held) {
        Objects.requireNonNull(held, "held");
        return new Review(evaluation, Optional.of(held));
    }
}
