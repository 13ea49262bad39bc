package io.github.campaignkit.core.outreach;

import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.Attribution;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The changes of a campaign's {@link OutreachPlan}: the channel matrix (渠道触达矩阵表) and the creative plan. The revision replaces the part as given,
 * a draft included; the gates check it with {@link OutreachRules}.
 */
public sealed interface OutreachChange extends PartChange<OutreachPlan, Attribution> permits OutreachChange.ReviseOutreach {

    /** The kinds of outreach plan change, with their labels. */
    enum Type implements Labelled {
        /** Replace the outreach plan (channel matrix and creative plan). */
        REVISE_OUTREACH
    }

    @Override
    Type type();

    /**
     * Replace the outreach plan (channel matrix and creative plan).
     *
     * @param outreach the new outreach plan
     */
    record ReviseOutreach(OutreachPlan outreach) implements OutreachChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public ReviseOutreach {
            Objects.requireNonNull(outreach, "outreach");
        }

        /**
         * A revision to the given outreach plan.
         *
         * @param outreach the new outreach plan
         * @return the change
         */
        public static ReviseOutreach of(OutreachPlan outreach) {
            return new ReviseOutreach(outreach);
        }

        @Override
        public Either<Refusal, OutreachPlan> applyTo(OutreachPlan current, Attribution context) {
            return Either.right(outreach);
        }

        @Override
        public Type type() {
            return Type.REVISE_OUTREACH;
        }
    }
}
