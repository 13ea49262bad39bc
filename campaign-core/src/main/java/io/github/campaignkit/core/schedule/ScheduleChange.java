package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.Attribution;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The changes of a campaign's {@link Schedule}: the execution schedule (执行甘特图) with its tasks, dependencies, progress and baseline. The revision replaces the part as given,
 * a draft included; the gates check it with {@link ScheduleRules}.
 */
public sealed interface ScheduleChange extends PartChange<Schedule, Attribution> permits ScheduleChange.ReviseSchedule {

    /** The kinds of schedule change, with their labels. */
    enum Type implements Labelled {
        /** Replace the campaign's schedule (plan, progress or baseline). */
        REVISE_SCHEDULE
    }

    @Override
    Type type();

    /**
     * Replace the campaign's schedule (plan, progress or baseline).
     *
     * @param schedule the new schedule
     */
    record ReviseSchedule(Schedule schedule) implements ScheduleChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public ReviseSchedule {
            Objects.requireNonNull(schedule, "schedule");
        }

        /**
         * A revision to the given schedule.
         *
         * @param schedule the new schedule
         * @return the change
         */
        public static ReviseSchedule of(Schedule schedule) {
            return new ReviseSchedule(schedule);
        }

        @Override
        public Either<Refusal, Schedule> applyTo(Schedule current, Attribution context) {
            return Either.right(schedule);
        }

        @Override
        public Type type() {
            return Type.REVISE_SCHEDULE;
        }
    }
}
