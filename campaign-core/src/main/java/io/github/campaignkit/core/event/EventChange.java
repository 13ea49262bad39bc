package io.github.campaignkit.core.event;

import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.Attribution;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The changes of a campaign's {@link EventPlan}: the venue booking, run of show and notices of the on-site event. The revision replaces the part as given,
 * a draft included; the gates check it with {@link EventRules}.
 */
public sealed interface EventChange extends PartChange<EventPlan, Attribution> permits EventChange.ReviseEvent {

    /** The kinds of event plan change, with their labels. */
    enum Type implements Labelled {
        /** Replace the on-site event plan. */
        REVISE_EVENT
    }

    @Override
    Type type();

    /**
     * Replace the on-site event plan.
     *
     * @param event the new event plan
     */
    record ReviseEvent(EventPlan event) implements EventChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public ReviseEvent {
            Objects.requireNonNull(event, "event");
        }

        /**
         * A revision to the given event plan.
         *
         * @param event the new event plan
         * @return the change
         */
        public static ReviseEvent of(EventPlan event) {
            return new ReviseEvent(event);
        }

        @Override
        public Either<Refusal, EventPlan> applyTo(EventPlan current, Attribution context) {
            return Either.right(event);
        }

        @Override
        public Type type() {
            return Type.REVISE_EVENT;
        }
    }
}
