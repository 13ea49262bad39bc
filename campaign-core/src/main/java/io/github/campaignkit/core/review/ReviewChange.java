package io.github.campaignkit.core.review;

import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.Attribution;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The changes of a campaign's {@link Review} (复盘): recording the evaluation report and the
 * retrospective, each replacing an earlier one. A lifecycle accepts them in the review stage only;
 * the gates check them with {@link ReviewRules}.
 */
public sealed interface ReviewChange extends PartChange<Review, Attribution>
        permits ReviewChange.RecordEvaluation, ReviewChange.RecordRetrospective {

    /** The kinds of review change, with their labels. */
    enum Type implements Labelled {
        /** Record the evaluation report (活动效果评估报告). */
        RECORD_EVALUATION,
        /** Record the retrospective (复盘报告). */
        RECORD_RETROSPECTIVE
    }

    @Override
    Type type();

    /**
     * Record the evaluation report as issued.
     *
     * @param report the report
     */
    record RecordEvaluation(EvaluationReport report) implements ReviewChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public RecordEvaluation {
            Objects.requireNonNull(report, "report");
        }

        /**
         * Recording a report.
         *
         * @param report the report
         * @return the change
         */
        public static RecordEvaluation of(EvaluationReport report) {
            return new RecordEvaluation(report);
        }

        @Override
        public Either<Refusal, Review> applyTo(Review review, Attribution context) {
            return Either.right(review.withEvaluation(report));
        }

        @Override
        public Type type() {
            return Type.RECORD_EVALUATION;
        }
    }

    /**
     * Record the retrospective.
     *
     * @param retrospective the retrospective
     */
    record RecordRetrospective(Retrospective retrospective) implements ReviewChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public RecordRetrospective {
            Objects.requireNonNull(retrospective, "retrospective");
        }

        /**
         * Recording a retrospective.
         *
         * @param retrospective the retrospective
         * @return the change
         */
        public static RecordRetrospective of(Retrospective retrospective) {
            return new RecordRetrospective(retrospective);
        }

        @Override
        public Either<Refusal, Review> applyTo(Review review, Attribution context) {
            return Either.right(review.withRetrospective(retrospective));
        }

        @Override
        public Type type() {
            return Type.RECORD_RETROSPECTIVE;
        }
    }
}
